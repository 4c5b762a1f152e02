// The wall on a participant's own tablet or phone (/wall/): their cohort's shared commitments as the
// projector shows them, live, with no controls. The cards, the covered wall and the connection line are
// the projected wall's own parts (src/islands/trainer/wall/).
import { useStore } from "@nanostores/react";
import { useEffect, useMemo, useState } from "react";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import { wallCards } from "../../lib/wall";
import { $session } from "../../stores/session-state";
import { ConnectionStatus } from "../trainer/wall/ConnectionStatus";
import { CoveredWall } from "../trainer/wall/CoveredWall";
import { useArrivals } from "../trainer/wall/use-arrivals";
import { useWallPages } from "../trainer/wall/use-wall-pages";
import { WallGrid } from "../trainer/wall/WallGrid";
import { useTabletWall } from "./use-tablet-wall";

/** Props the page passes; strings and module titles are already in the page's language. */
export interface TabletWallProps {
  strings: IslandStrings<"wall">;
  /** Module slug to its title, in course order. */
  moduleTitles: Readonly<Record<string, string>>;
  /** The join page in the page's language (for a device with no session). */
  joinHref: string;
}

/** A tablet's pages turn by themselves, as the projector's "rotate" layout does. */
const TABLET_PAGES = { wallLayout: "rotate", wallPage: 0 } as const;

/** The island's root: the wall of the session's cohort, or the way to join one. */
export default function TabletWall({ strings, moduleTitles, joinHref }: TabletWallProps) {
  const text = useMemo(() => textFor(strings), [strings]);
  const session = useStore($session);
  // The built page cannot know this device's session: it says "loading" until the browser has run.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted)
    return (
      <p className="note" aria-live="polite">
        {text("wall.loading")}
      </p>
    );
  if (session === null) return <JoinFirst text={text} joinHref={joinHref} />;
  return (
    <TabletWallOf
      key={session.cohort.id}
      cohortId={session.cohort.id}
      text={text}
      moduleTitles={moduleTitles}
      joinHref={joinHref}
    />
  );
}

function JoinFirst({ text, joinHref }: { text: IslandText<"wall">; joinHref: string }) {
  return (
    <div className="panel" data-signed-out="">
      <p>{text("wall.tablet.signedOut")}</p>
      <p>
        <a className="button" href={joinHref}>
          {text("common.joinWithCode")}
        </a>
      </p>
    </div>
  );
}

interface TabletWallOfProps {
  cohortId: string;
  text: IslandText<"wall">;
  moduleTitles: Readonly<Record<string, string>>;
  joinHref: string;
}

/** `section.wall[data-tablet-wall]`, with `data-phase` as on the projector. */
function TabletWallOf({ cohortId, text, moduleTitles, joinHref }: TabletWallOfProps) {
  const { wall, room, phase, connection, retry } = useTabletWall(cohortId);
  const cards = useMemo(() => wallCards(wall), [wall]);
  const arrived = useArrivals(cards);
  const pages = useWallPages(cards, TABLET_PAGES);
  const title = room.name ? text("wall.headingCohort", { cohort: room.name }) : text("wall.title");
  const many = !room.wallHidden && pages.plan.pages > 1;
  return (
    <section className="wall" data-wall data-tablet-wall data-phase={phase} aria-labelledby="wall-heading">
      <header className="wall-top">
        <h1 id="wall-heading">{title}</h1>
        {many ? (
          <p className="wall-page-number" data-wall-page={pages.page + 1} role="status">
            {text("common.pageOf", { page: pages.page + 1, pages: pages.plan.pages })}
          </p>
        ) : null}
        <ConnectionStatus connection={connection} text={text} />
      </header>
      {phase === "signedOut" ? (
        <JoinFirst text={text} joinHref={joinHref} />
      ) : phase === "failed" ? (
        <div className="panel">
          <p className="form-error">{text("wall.tablet.loadFailed")}</p>
          <button type="button" className="button" onClick={retry}>
            {text("common.retry")}
          </button>
        </div>
      ) : phase === "loading" ? (
        <p className="note" aria-live="polite">
          {text("wall.loading")}
        </p>
      ) : room.wallHidden ? (
        <CoveredWall count={room.count ?? 0} text={text} />
      ) : cards.length === 0 ? (
        <p className="wall-tablet-empty">{text("wall.tablet.empty")}</p>
      ) : (
        <WallGrid
          cards={pages.cards}
          newestId={cards[0]?.id ?? ""}
          arrived={arrived}
          showNames={room.showNamesOnWall}
          moduleTitles={moduleTitles}
          text={text}
        />
      )}
    </section>
  );
}
