// The projector view of one cohort: the title bar, counts by module, then a page of cards, the themes,
// the covered wall, or the join QR code while nobody has shared. No trainer controls are drawn here:
// they live on the trainer's own device (WallControlRoom), reached by the title bar's small link.
import { useMemo } from "react";
import { countsByModule, themeTexts, visibleCount, wallCards, type WallState } from "../../../lib/wall";
import { CoveredWall } from "./CoveredWall";
import { ModuleCounts } from "./ModuleCounts";
import type { IslandText } from "../../../i18n/islands";
import { ThemeView } from "./ThemeView";
import { useArrivals } from "./use-arrivals";
import { useLiveWall, type WallConnection } from "./use-live-wall";
import { useClickerKeys, useWallPages } from "./use-wall-pages";
import { WallGrid } from "./WallGrid";
import { WallHeader } from "./WallHeader";
import { WallJoin } from "./WallJoin";
import { WallPhase } from "./WallPhase";
import type { RoomChange, WallCohort } from "./wall-feed";

interface WallScreenProps {
  cohortId: string;
  text: IslandText<"wall">;
  moduleTitles: Readonly<Record<string, string>>;
  signInHref: string;
  /** This wall's controls view, opened in a new tab by the title bar's link. */
  controlsHref: string;
}

/** The wall of `cohortId`, live. */
export function WallScreen({ cohortId, text, moduleTitles, signInHref, controlsHref }: WallScreenProps) {
  const { wall, cohort, phase, connection, retry, changeRoom } = useLiveWall(cohortId);
  const title = cohort ? text("wall.headingCohort", { cohort: cohort.name }) : text("wall.title");
  const bar = { title, connection, controlsHref, text };
  return (
    <section className="wall" data-wall data-cohort={cohortId} data-phase={phase} aria-labelledby="wall-heading">
      {phase === "ready" && cohort ? (
        <ShownWall wall={wall} cohort={cohort} bar={bar} moduleTitles={moduleTitles} onChange={changeRoom} />
      ) : (
        <>
          <WallHeader {...bar} paging={null} />
          <WallPhase phase={phase} retry={retry} signInHref={signInHref} text={text} />
        </>
      )}
    </section>
  );
}

interface ShownWallProps {
  wall: WallState;
  cohort: WallCohort;
  bar: { title: string; connection: WallConnection; controlsHref: string; text: IslandText<"wall"> };
  moduleTitles: Readonly<Record<string, string>>;
  onChange: (change: RoomChange) => Promise<boolean>;
}

/** The loaded wall: what the cohort's settings say the room sees. */
function ShownWall({ wall, cohort, bar, moduleTitles, onChange }: ShownWallProps) {
  const { text } = bar;
  const cards = useMemo(() => wallCards(wall), [wall]);
  const counts = useMemo(() => countsByModule(wall, Object.keys(moduleTitles)), [wall, moduleTitles]);
  const texts = useMemo(() => themeTexts(wall), [wall]);
  const arrived = useArrivals(cards);
  const pages = useWallPages(cards, cohort);
  const paged = !cohort.wallHidden && cohort.wallView !== "themes" && cards.length > 0;
  useClickerKeys(paged ? pages.plan : null, pages.page, (change) => void onChange(change));

  return (
    <>
      <WallHeader {...bar} paging={paged ? pages : null} />
      {cohort.wallHidden ? (
        <CoveredWall count={visibleCount(wall)} text={text} />
      ) : cards.length === 0 ? (
        <WallJoin cohort={cohort} text={text} />
      ) : (
        <>
          <ModuleCounts counts={counts} moduleTitles={moduleTitles} text={text} />
          {cohort.wallView === "themes" ? (
            <ThemeView texts={texts} text={text} />
          ) : (
            <WallGrid
              cards={pages.cards}
              newestId={cards[0]?.id ?? ""}
              arrived={arrived}
              showNames={cohort.showNamesOnWall}
              moduleTitles={moduleTitles}
              text={text}
            />
          )}
        </>
      )}
    </>
  );
}
