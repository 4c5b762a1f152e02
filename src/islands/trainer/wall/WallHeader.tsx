// The projected wall's title bar: the cohort, the page being shown, the connection, and a small link to
// the trainer controls. The bar is part of the page's flow above the cards, so nothing in it can ever
// cover a card; the controls themselves open on the trainer's own device (or in a new tab).
import { ROTATE_SECONDS, type WallPlan } from "../../../lib/wall-pages";
import type { IslandText } from "../../../i18n/islands";
import { ConnectionStatus } from "./ConnectionStatus";
import type { WallConnection } from "./use-live-wall";

interface WallHeaderProps {
  title: string;
  /** The pages of the cards shown; null while no cards are (covered, themes, empty). */
  paging: { plan: WallPlan; page: number } | null;
  connection: WallConnection;
  controlsHref: string;
  text: IslandText<"wall">;
}

/** `header.wall-top`, with `[data-wall-page]` when there is more than one page and `a[data-wall-controls-link]`. */
export function WallHeader({ title, paging, connection, controlsHref, text }: WallHeaderProps) {
  const many = paging && paging.plan.pages > 1 ? paging : null;
  return (
    <header className="wall-top">
      <h1 id="wall-heading">{title}</h1>
      {many ? (
        <p
          className="wall-page-number"
          data-wall-page={many.page + 1}
          data-wall-pages={many.plan.pages}
          data-turns={many.plan.turns}
          role="status"
        >
          {text("common.pageOf", { page: many.page + 1, pages: many.plan.pages })}
          {many.plan.turns === "auto" ? (
            <span
              className="wall-page-timer"
              key={many.page}
              title={text("wall.pageAuto", { seconds: ROTATE_SECONDS })}
            >
              <span className="wall-page-timer-bar" style={{ animationDuration: `${ROTATE_SECONDS}s` }} />
            </span>
          ) : null}
        </p>
      ) : null}
      <ConnectionStatus connection={connection} text={text} />
      <a
        className="wall-controls-link"
        href={controlsHref}
        target="_blank"
        rel="noopener"
        data-wall-controls-link
        aria-label={text("wall.controlsLinkLabel")}
      >
        {text("wall.controls")}
      </a>
    </header>
  );
}
