// The wall's controls view, for the trainer's own tablet, phone or laptop (`?cohort=<id>&controls`): the
// room's settings and the moderation list with the coach's findings. The projector keeps the plain
// wall; both follow the cohort record live, so a change here shows there at once.
import { useMemo, lazy, Suspense } from "react";
import { wallCards } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";
import { ConnectionStatus } from "./ConnectionStatus";
import { useLiveWall } from "./use-live-wall";
import { useWallPages } from "./use-wall-pages";
import { WallControls } from "./WallControls";
import { WallPhase } from "./WallPhase";
import type { WallCohort } from "./wall-feed";
import type { WallState } from "../../../lib/wall";

// Loaded when first shown: the coach's rules are a fifth of the page's script (scripts/bench/js-budgets.mjs).
const ModerationList = lazy(() => import("./ModerationList").then((m) => ({ default: m.ModerationList })));

interface WallControlRoomProps {
  cohortId: string;
  text: IslandText<"wall">;
  moduleTitles: Readonly<Record<string, string>>;
  signInHref: string;
  /** The projected view of this wall, and the trainer's workspace. */
  wallHref: string;
  workspaceHref: string;
}

/** `section[data-wall-control-room]`. */
export function WallControlRoom({
  cohortId,
  text,
  moduleTitles,
  signInHref,
  wallHref,
  workspaceHref,
}: WallControlRoomProps) {
  const { wall, cohort, phase, connection, retry, changeRoom, changeCard } = useLiveWall(cohortId);
  return (
    <section
      className="wall-room"
      data-wall-control-room
      data-cohort={cohortId}
      data-phase={phase}
      aria-labelledby="wall-room-heading"
    >
      <header className="wall-room-top">
        <h1 id="wall-room-heading">
          {cohort ? text("wall.controls.heading", { cohort: cohort.name }) : text("wall.controls")}
        </h1>
        <ConnectionStatus connection={connection} text={text} />
      </header>
      <p className="wall-room-links">
        <a className="button" href={wallHref} target="_blank" rel="noopener" data-open-wall>
          {text("wall.controls.openWall")}
        </a>
        <a className="button button-secondary" href={workspaceHref}>
          {text("trainer.join.back")}
        </a>
      </p>
      {phase !== "ready" || !cohort ? (
        <WallPhase phase={phase} retry={retry} signInHref={signInHref} text={text} />
      ) : (
        <RoomControls
          wall={wall}
          cohort={cohort}
          moduleTitles={moduleTitles}
          text={text}
          onChange={changeRoom}
          onHide={changeCard}
        />
      )}
    </section>
  );
}

interface RoomControlsProps {
  wall: WallState;
  cohort: WallCohort;
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
  onChange: Parameters<typeof WallControls>[0]["onChange"];
  onHide: (id: string, hidden: boolean) => Promise<boolean>;
}

function RoomControls({ wall, cohort, moduleTitles, text, onChange, onHide }: RoomControlsProps) {
  const shown = useMemo(() => wallCards(wall), [wall]);
  const all = useMemo(() => wallCards(wall, { includeHidden: true }), [wall]);
  // The same pages as the projector: they depend only on the cards the room sees and the layout.
  const { plan, page } = useWallPages(shown, cohort);
  return (
    <>
      <p className="wall-control-note">{text("wall.controls.intro")}</p>
      <WallControls cohort={cohort} plan={plan} page={page} cardCount={shown.length} onChange={onChange} text={text} />
      <Suspense fallback={null}>
        <ModerationList cards={all} locale={cohort.locale} moduleTitles={moduleTitles} text={text} onHide={onHide} />
      </Suspense>
    </>
  );
}
