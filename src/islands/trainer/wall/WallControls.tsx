// The trainer's controls, folded into a corner: hide or reveal the wall, cards or themes, moderation.
// The projector and the trainer's tablet open the same address; both follow the cohort record live.
import { useStore } from "@nanostores/react";
import { useState } from "react";
import type { EveryChoice } from "../../../lib/choices";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { $wallControlsOpen } from "./controls-open";
import type { IslandText } from "../../../i18n/islands";
import type { WallCohort } from "./wall-feed";

type RoomChange = Partial<Pick<WallCohort, "wallHidden" | "wallView">>;

interface WallControlsProps {
  cohort: WallCohort;
  moderating: boolean;
  onModerate: (moderating: boolean) => void;
  /** Saves a change of the room; resolves false when it could not be saved. */
  onChange: (change: RoomChange) => Promise<boolean>;
  text: IslandText<"wall">;
}

/** A small foldable panel of labelled buttons. */
export function WallControls({ cohort, moderating, onModerate, onChange, text }: WallControlsProps) {
  const open = useStore($wallControlsOpen);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const view = cohort.wallView === "themes" ? "themes" : "cards";

  async function change(next: RoomChange) {
    setBusy(true);
    setFailed(!(await onChange(next)));
    setBusy(false);
  }

  return (
    <details className="wall-controls" open={open} onToggle={(e) => $wallControlsOpen.set(e.currentTarget.open)}>
      <summary data-wall-controls>{text("wall.controls")}</summary>
      <div className="wall-controls-body">
        <button
          type="button"
          className="button"
          data-wall-toggle
          disabled={busy}
          onClick={() => void change({ wallHidden: !cohort.wallHidden })}
        >
          {cohort.wallHidden ? text("wall.reveal") : text("wall.hide")}
        </button>
        <div className="wall-controls-group" role="group" aria-label={text("wall.view")}>
          {(["cards", "themes"] as const satisfies EveryChoice<Exclude<CohortsRecord["wallView"], "">>).map(
            (option) => (
              <button
                key={option}
                type="button"
                className="button button-secondary"
                data-wall-view={option}
                aria-pressed={view === option}
                disabled={busy}
                onClick={() => void change({ wallView: option })}
              >
                {text(`wall.view.${option}`)}
              </button>
            ),
          )}
        </div>
        <button
          type="button"
          className="button button-secondary"
          data-wall-moderate
          aria-pressed={moderating}
          onClick={() => onModerate(!moderating)}
        >
          {text("wall.moderate")}
        </button>
        <p className="form-error wall-controls-error" role="status">
          {failed ? text("wall.saveFailed") : ""}
        </p>
      </div>
    </details>
  );
}
