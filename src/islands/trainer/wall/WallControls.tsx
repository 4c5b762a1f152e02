// The trainer's controls of the room, on the trainer's own device: hide or reveal the wall, cards or
// themes, the layout of many cards, and the page. Every change is saved on the cohort, which the
// projector follows live; nothing here is ever drawn on the projected view.
import { useState, type ReactNode } from "react";
import type { EveryChoice } from "../../../lib/choices";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import {
  layoutOf,
  PAGE_CAPACITY,
  ROTATE_SECONDS,
  turnPage,
  WALL_LAYOUTS,
  type WallLayout,
  type WallPlan,
} from "../../../lib/wall-pages";
import type { IslandText } from "../../../i18n/islands";
import type { RoomChange, WallCohort } from "./wall-feed";

type WallView = Exclude<CohortsRecord["wallView"], "">;
const VIEWS = ["cards", "themes"] as const satisfies EveryChoice<WallView>;

interface WallControlsProps {
  cohort: WallCohort;
  /** The pages of the cards the room sees, and the page shown now. */
  plan: WallPlan;
  page: number;
  cardCount: number;
  /** Saves a change of the room; resolves false when it could not be saved. */
  onChange: (change: RoomChange) => Promise<boolean>;
  text: IslandText<"wall">;
}

/** One labelled row of the controls. */
function Control({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="wall-control" role="group" aria-labelledby={id}>
      <p className="wall-control-label" id={id}>
        {label}
      </p>
      <div className="wall-control-body">{children}</div>
    </div>
  );
}

interface ChoicesProps<T extends string> {
  options: readonly T[];
  chosen: T;
  /** The data attribute each button carries its option in (`data-wall-view="themes"`). */
  attribute: `data-${string}`;
  label: (option: T) => string;
  onChoose: (option: T) => void;
}

/** A row of buttons of which one is pressed. */
function Choices<T extends string>({ options, chosen, attribute, label, onChoose }: ChoicesProps<T>) {
  return (
    <div className="wall-control-choices">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="button button-secondary"
          {...{ [attribute]: option }}
          aria-pressed={option === chosen}
          onClick={() => onChoose(option)}
        >
          {label(option)}
        </button>
      ))}
    </div>
  );
}

/** `[data-wall-controls]`: the room's state and one row per setting. */
export function WallControls({ cohort, plan, page, cardCount, onChange, text }: WallControlsProps) {
  const [failed, setFailed] = useState(false);
  const view: WallView = cohort.wallView === "themes" ? "themes" : "cards";
  const layout = layoutOf(cohort.wallLayout);
  const change = async (next: RoomChange) => setFailed(!(await onChange(next)));
  // A new layout starts at its first page, so "pages" never opens on a page the room has not seen.
  const chooseLayout = (next: WallLayout) => void change({ wallLayout: next, wallPage: 0 });

  return (
    <div className="wall-controls" data-wall-controls>
      <Control id="wall-control-room" label={text("wall.title")}>
        <p className="wall-control-state" data-room={cohort.wallHidden ? "hidden" : "shown"}>
          {text(cohort.wallHidden ? "wall.room.hidden" : "wall.room.shown")}
        </p>
        <button
          type="button"
          className="button"
          data-wall-toggle
          onClick={() => void change({ wallHidden: !cohort.wallHidden })}
        >
          {cohort.wallHidden ? text("wall.reveal") : text("wall.hide")}
        </button>
      </Control>
      <Control id="wall-control-view" label={text("wall.view")}>
        <Choices
          options={VIEWS}
          chosen={view}
          attribute="data-wall-view"
          label={(option) => text(`wall.view.${option}`)}
          onChoose={(option) => void change({ wallView: option })}
        />
      </Control>
      <Control id="wall-control-layout" label={text("wall.layout")}>
        <Choices
          options={WALL_LAYOUTS}
          chosen={layout}
          attribute="data-wall-layout"
          label={(option) => text(`wall.layout.${option}`)}
          onChoose={chooseLayout}
        />
        <p className="wall-control-note">
          {text(`wall.layout.${layout}.note`, { max: PAGE_CAPACITY[layout], seconds: ROTATE_SECONDS })}
        </p>
      </Control>
      <Control id="wall-control-pages" label={text("wall.pages")}>
        <PageTurner
          plan={plan}
          page={page}
          cardCount={cardCount}
          onTurn={(to) => void change({ wallPage: to })}
          text={text}
        />
      </Control>
      <p className="form-error wall-controls-error" role="status">
        {failed ? text("wall.saveFailed") : ""}
      </p>
    </div>
  );
}

interface PageTurnerProps {
  plan: WallPlan;
  page: number;
  cardCount: number;
  onTurn: (page: number) => void;
  text: IslandText<"wall">;
}

/** Where the projector is in the pages, with previous and next while the trainer turns them. */
function PageTurner({ plan, page, cardCount, onTurn, text }: PageTurnerProps) {
  const where = { page: page + 1, pages: plan.pages, seconds: ROTATE_SECONDS };
  if (cardCount === 0) return <p className="wall-control-state">{text("wall.pages.none")}</p>;
  if (plan.turns === "none")
    return <p className="wall-control-state">{text("wall.pages.single", { count: cardCount })}</p>;
  if (plan.turns === "auto")
    return (
      <p className="wall-control-state" data-wall-page={page + 1} data-wall-pages={plan.pages}>
        {text("wall.pages.auto", where)}
      </p>
    );
  return (
    <>
      <div className="wall-control-choices">
        <button
          type="button"
          className="button button-secondary"
          data-wall-turn="previous"
          disabled={page === 0}
          onClick={() => onTurn(turnPage(plan, page, -1))}
        >
          {text("wall.pages.previous")}
        </button>
        <button
          type="button"
          className="button"
          data-wall-turn="next"
          disabled={page === plan.pages - 1}
          onClick={() => onTurn(turnPage(plan, page, 1))}
        >
          {text("wall.pages.next")}
        </button>
      </div>
      <p className="wall-control-state" data-wall-page={page + 1} data-wall-pages={plan.pages} role="status">
        {text("wall.pages.trainer", where)}
      </p>
      <p className="wall-control-note">{text("wall.controls.keys")}</p>
    </>
  );
}
