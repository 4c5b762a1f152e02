// The end of the form: submit (or, before joining, a link to join that comes back here), and what
// happened: the commitment was taken, and whether the one it replaces was marked dropped.
import type { IslandText } from "../../i18n/islands";

/** Marking a replaced commitment dropped: under way, done, or failed (it then stays open; nothing is lost). */
export interface DropState {
  id: string;
  action: string;
  state: "sending" | "done" | "failed";
}

interface SubmitAreaProps {
  joined: boolean;
  joinHref: string;
  submitted: boolean;
  drop: DropState | null;
  onRetryDrop: (drop: DropState) => void;
  text: IslandText<"commit">;
}

/** The join page with `next` pointing back to this form. */
function joinLink(joinHref: string): string {
  const here = `${window.location.pathname}${window.location.search}#commitment-form`;
  return `${joinHref}?next=${encodeURIComponent(here)}`;
}

/** Submit button or join notice, then the status (focused after submitting, so it is read out). */
export function SubmitArea({ joined, joinHref, submitted, drop, onRetryDrop, text }: SubmitAreaProps) {
  return (
    <div className="commit-submit">
      {joined ? (
        <button type="submit" className="button button-large" data-submit-commitment>
          {text("commit.submit")}
        </button>
      ) : (
        <p className="commit-join" data-join-first>
          {text("commit.join.notice")}{" "}
          <a className="button" href={joinLink(joinHref)}>
            {text("commit.join.link")}
          </a>
        </p>
      )}
      <div className="commit-status" role="status" tabIndex={-1} data-commit-status>
        {submitted ? <p>{text("commit.submitted")}</p> : null}
        {drop?.state === "done" ? <p>{text("commit.dropped", { action: drop.action })}</p> : null}
        {drop?.state === "failed" ? (
          <p className="form-error">{text("commit.dropFailed", { action: drop.action })}</p>
        ) : null}
      </div>
      {drop?.state === "failed" ? (
        <button type="button" className="button button-secondary" data-retry-drop onClick={() => onRetryDrop(drop)}>
          {text("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
