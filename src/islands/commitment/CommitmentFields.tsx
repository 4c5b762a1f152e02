// The commitment's fields in the order a good commitment is thought through: what, when, by which day,
// how it shows, who helps, how sure, whose, who sees it, how often the follow-ups ask about it.
import type { ReactNode } from "react";
import type { Finding } from "../../lib/coach";
import type { EveryChoice } from "../../lib/choices";
import type { CommitmentDraft } from "../../stores/commitment-draft";
import { ChoiceField } from "./ChoiceField";
import { ConfidenceField } from "./ConfidenceField";
import type { IslandText } from "../../i18n/islands";
import { TextField } from "./TextField";
import { fieldLabelKey, type CommitField, type FieldErrors } from "./validate-commitment";

interface CommitmentFieldsProps {
  draft: CommitmentDraft;
  onChange: (change: Partial<CommitmentDraft>) => void;
  findingsFor: (field: CommitField) => Finding[];
  errors: FieldErrors;
  text: IslandText<"commit">;
  /** The low-confidence prompt, placed under the confidence tiles. */
  confidencePrompt: ReactNode;
}

/** The cadences, the research-based default first (pb_hooks/lib/pure/cadence.js). */
const CADENCES = ["steady", "weekly", "light"] as const satisfies EveryChoice<
  Exclude<NonNullable<CommitmentDraft["cadence"]>, "">
>;

/** Every field, each with its own hints and error. */
export function CommitmentFields({
  draft,
  onChange,
  findingsFor,
  errors,
  text,
  confidencePrompt,
}: CommitmentFieldsProps) {
  const error = (field: CommitField) => {
    const key = errors[field];
    return key ? text(key) : undefined;
  };
  const written = (
    name: "action" | "trigger" | "measure" | "support",
    extra: { rows?: number; placeholder?: string } = {},
  ) => (
    <TextField
      name={name}
      label={text(fieldLabelKey(name))}
      value={draft[name]}
      onChange={(value) => onChange({ [name]: value })}
      findings={findingsFor(name)}
      error={error(name)}
      text={text}
      {...extra}
    />
  );
  return (
    <>
      {written("action", { rows: 3, placeholder: text("commit.action.placeholder") })}
      {written("trigger", { placeholder: text("commit.trigger.placeholder") })}
      <TextField
        name="dueOn"
        type="date"
        label={text("commit.dueOn.label")}
        value={draft.dueOn}
        onChange={(dueOn) => onChange({ dueOn })}
        findings={findingsFor("dueOn")}
        error={error("dueOn")}
        text={text}
      />
      {/* Two rows: their examples are longer than a phone's line. */}
      {written("measure", { rows: 2, placeholder: text("commit.measure.placeholder") })}
      {written("support", { rows: 2, placeholder: text("commit.support.placeholder") })}
      <ConfidenceField
        value={draft.confidence}
        onChange={(confidence) => onChange({ confidence })}
        findings={findingsFor("confidence")}
        error={error("confidence")}
        text={text}
      >
        {confidencePrompt}
      </ConfidenceField>
      <ChoiceField
        name="kind"
        legend={text("commit.kind.label")}
        value={draft.kind}
        onChange={(kind) => onChange({ kind })}
        options={(["personal", "team", "organization"] as const satisfies EveryChoice<CommitmentDraft["kind"]>).map(
          (value) => ({ value, label: text(`commit.kind.${value}`) }),
        )}
      />
      <ChoiceField
        name="visibility"
        legend={text("commit.visibility.label")}
        value={draft.visibility}
        onChange={(visibility) => onChange({ visibility })}
        options={(["private", "cohort"] as const satisfies EveryChoice<CommitmentDraft["visibility"]>).map((value) => ({
          value,
          label: text(`commit.visibility.${value}`),
          help: text(`commit.visibility.${value}Help`),
        }))}
      />
      <ChoiceField
        name="cadence"
        legend={text("commit.cadence.label")}
        value={draft.cadence || "steady"}
        onChange={(cadence) => onChange({ cadence })}
        options={CADENCES.map((value) => ({
          value,
          label: text(`commit.cadence.${value}`),
          ...(value === "steady" ? { help: text("commit.cadence.steadyHelp") } : {}),
        }))}
      />
      <div className="commit-choice-option" data-field="weekends">
        <label className="commit-choice">
          <input
            type="checkbox"
            name="weekends"
            checked={draft.weekends === true}
            aria-describedby="commit-weekends-help"
            onChange={(event) => onChange({ weekends: event.currentTarget.checked })}
          />
          <span>{text("common.weekendsToo")}</span>
        </label>
        <p id="commit-weekends-help" className="note commit-choice-help">
          {text("commit.weekends.help")}
        </p>
      </div>
    </>
  );
}
