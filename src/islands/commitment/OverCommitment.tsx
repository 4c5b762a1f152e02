// With three or more open commitments, the coach's warning and an offer: let the new one replace an
// open one (marked dropped once the new one is submitted), or keep them all. Keeping all is the default.
import type { Finding } from "../../lib/coach";
import type { OpenCommitment } from "../../lib/commitments-api";
import type { IslandText } from "../../i18n/islands";
import type { ModuleChoice } from "./ModulePicker";

interface OverCommitmentProps {
  finding: Finding;
  /** Open commitments on the server (replaceable); null when the list could not be loaded. */
  open: readonly OpenCommitment[] | null;
  /** The participant's commitments still waiting on this device (counted, not replaceable yet). */
  waiting: number;
  modules: readonly ModuleChoice[];
  /** Id of the commitment to replace; "" keeps them all. */
  replace: string;
  onReplace: (id: string) => void;
  text: IslandText<"commit">;
}

/** The over-commitment question, as a radio list. */
export function OverCommitment({ finding, open, waiting, modules, replace, onReplace, text }: OverCommitmentProps) {
  const titleOf = (slug: string) => modules.find((m) => m.slug === slug)?.title ?? "";
  const options = [
    { id: "", label: text("commit.overCommit.keepAll"), module: "" },
    ...(open ?? []).map((c) => ({ id: c.id, label: c.action, module: titleOf(c.module) })),
  ];
  return (
    <fieldset className="commit-prompt commit-over" data-over-commitment>
      <legend className="coach coach-warning" data-coach-finding={finding.code}>
        <strong>{text("commit.coach.warning")}</strong> {text(finding.hintKey, finding.params)}
      </legend>
      {waiting > 0 ? <p>{text("commit.overCommit.waiting", { count: waiting })}</p> : null}
      {open && open.length > 0 ? <p>{text("commit.overCommit.question")}</p> : null}
      {open && open.length > 0
        ? options.map((option) => (
            <label key={option.id || "keep"} className="commit-choice">
              <input
                type="radio"
                name="replace"
                value={option.id}
                checked={replace === option.id}
                onChange={() => onReplace(option.id)}
              />
              <span>
                {option.label}
                {option.module ? <small className="note"> · {option.module}</small> : null}
              </span>
            </label>
          ))
        : null}
    </fieldset>
  );
}
