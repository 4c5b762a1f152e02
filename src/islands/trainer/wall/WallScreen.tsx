// The projector view of one cohort: title and connection, counts by module, then the cards, the theme
// view or the covered wall; the trainer controls float in a corner.
import { useMemo, useState } from "react";
import { countsByModule, themeTexts, visibleCount, wallCards } from "../../../lib/wall";
import { ConnectionStatus } from "./ConnectionStatus";
import { CoveredWall } from "./CoveredWall";
import { SignInFirst } from "../shared/PageStates";
import { ModuleCounts } from "./ModuleCounts";
import type { IslandText } from "../../../i18n/islands";
import { ThemeView } from "./ThemeView";
import { useLiveWall } from "./use-live-wall";
import { WallCards } from "./WallCards";
import { WallControls } from "./WallControls";

interface WallScreenProps {
  cohortId: string;
  text: IslandText<"wall">;
  moduleTitles: Readonly<Record<string, string>>;
  signInHref: string;
}

/** The wall of `cohortId`, live. */
export function WallScreen({ cohortId, text, moduleTitles, signInHref }: WallScreenProps) {
  const { wall, cohort, phase, connection, retry, changeRoom, changeCard } = useLiveWall(cohortId);
  // Moderation is this device's mode only: the trainer's tablet can review cards while the projector
  // shows the covered wall or the themes.
  const [moderating, setModerating] = useState(false);
  const view = cohort?.wallView === "themes" && !moderating ? "themes" : "cards";
  const covered = !!cohort?.wallHidden && !moderating;
  const cards = useMemo(() => wallCards(wall, { includeHidden: moderating }), [wall, moderating]);
  const counts = useMemo(() => countsByModule(wall, Object.keys(moduleTitles)), [wall, moduleTitles]);
  const texts = useMemo(() => themeTexts(wall), [wall]);

  return (
    <section className="wall" data-wall data-cohort={cohortId} data-phase={phase} aria-labelledby="wall-heading">
      <header className="wall-top">
        <h1 id="wall-heading">{cohort ? text("wall.headingCohort", { cohort: cohort.name }) : text("wall.title")}</h1>
        <ConnectionStatus connection={connection} text={text} />
      </header>
      {phase === "signedOut" ? (
        <SignInFirst message={text("wall.signedOut")} link={text("common.trainerSignIn")} href={signInHref} />
      ) : phase === "failed" ? (
        <div className="panel">
          <p className="form-error">{text("wall.loadFailed")}</p>
          <button type="button" className="button" onClick={retry}>
            {text("common.retry")}
          </button>
        </div>
      ) : phase === "loading" || !cohort ? (
        <p className="note" aria-live="polite">
          {text("wall.loading")}
        </p>
      ) : covered ? (
        <CoveredWall count={visibleCount(wall)} text={text} />
      ) : (
        <>
          {moderating && cohort.wallHidden ? <p className="wall-note">{text("wall.moderateCovered")}</p> : null}
          <ModuleCounts counts={counts} moduleTitles={moduleTitles} text={text} />
          {view === "themes" ? (
            <ThemeView texts={texts} text={text} />
          ) : (
            <WallCards
              cards={cards}
              showNames={cohort.showNamesOnWall}
              moderating={moderating}
              moduleTitles={moduleTitles}
              text={text}
              onHide={changeCard}
            />
          )}
        </>
      )}
      {phase === "ready" && cohort ? (
        <WallControls
          cohort={cohort}
          moderating={moderating}
          onModerate={setModerating}
          onChange={changeRoom}
          text={text}
        />
      ) : null}
    </section>
  );
}
