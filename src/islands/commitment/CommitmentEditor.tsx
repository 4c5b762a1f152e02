// The commitment of one module: the draft (kept at every keystroke), the coach's advice once typing
// pauses, the over-commitment and low-confidence prompts, and submitting into the outbox.
import { useStore } from "@nanostores/react";
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from "react";
import type { OpenCommitment } from "../../lib/commitments-api";
import { $drafts, EMPTY_DRAFT, editDraft, hasWriting, type CommitmentDraft } from "../../stores/commitment-draft";
import { $drops, dropCommitment, submitDraft } from "../../stores/commitment-submit";
import { $outbox } from "../../stores/outbox";
import type { Session } from "../../stores/session-state";
import { CommitmentFields } from "./CommitmentFields";
import { useAdvice, useDebounced, useOpenCommitments } from "./hooks";
import type { IslandText } from "../../i18n/islands";
import type { ModuleChoice } from "./ModulePicker";
import { SubmitArea, type DropState } from "./SubmitArea";
import { COMMIT_FIELDS, type FieldErrors } from "./validate-commitment";
import type { Locale } from "../../i18n/locales";

/** Quiet time after the last keystroke before the advice changes (and is read out). */
export const COACH_DELAY_MS = 400;

interface CommitmentEditorProps {
  module: string;
  locale: Locale;
  session: Session | null;
  modules: readonly ModuleChoice[];
  joinHref: string;
  text: IslandText<"commit">;
}

/** The form; without a session it keeps the draft and asks to join first instead of submitting. */
export function CommitmentEditor({ module, locale, session, modules, joinHref, text }: CommitmentEditorProps) {
  const stored = useStore($drafts)[module];
  const draft: CommitmentDraft = { ...EMPTY_DRAFT, ...stored };
  const mine = useStore($outbox).filter((e) => e.participant === session?.participant.id);
  const waiting = mine.filter((e) => e.state === "waiting").length;
  // Advice and the open-commitment count load once the participant starts on the form, not with the page.
  const [engaged, setEngaged] = useState(false);
  const wanted = engaged || hasWriting(draft) || mine.length > 0;
  const advice = useAdvice(wanted);
  const drops = useStore($drops);
  const dropped = Object.values(drops).filter((progress) => progress === "done").length;
  const open = useOpenCommitments(wanted ? session?.participant.id : undefined, `${mine.length - waiting}:${dropped}`);
  const settled = useDebounced(stored, COACH_DELAY_MS);
  const openCommitments = (open?.length ?? 0) + waiting;
  const findings = useMemo(
    () => advice?.assessCommitment({ ...EMPTY_DRAFT, ...settled }, locale, { openCommitments }) ?? [],
    [advice, settled, locale, openCommitments],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [replace, setReplace] = useState("");
  // The commitment the last submit replaced, whose drop progress the status shows.
  const [replaced, setReplaced] = useState<OpenCommitment | null>(null);
  const progress = replaced ? drops[replaced.id] : undefined;
  const drop: DropState | null =
    replaced && progress ? { id: replaced.id, action: replaced.action, state: progress } : null;
  const [submits, setSubmits] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const control = (name: string) => formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`);
  useEffect(() => {
    if (submits > 0) formRef.current?.querySelector<HTMLElement>("[data-commit-status]")?.focus();
  }, [submits]);

  function change(fields: Partial<CommitmentDraft>) {
    editDraft(module, fields);
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([field]) => !(field in fields))));
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!session) return;
    const chosen = open?.find((c) => c.id === replace);
    const result = submitDraft(module, chosen);
    if (!result.ok) {
      setErrors(result.errors);
      control(COMMIT_FIELDS.find((field) => result.errors[field]) ?? "action")?.focus();
      return;
    }
    setErrors({});
    setReplaced(chosen ?? null);
    setReplace("");
    setSubmits((n) => n + 1);
  }

  const tooMany = findings.find((f) => f.code === "too-many-open");
  const low = advice && draft.confidence !== null && draft.confidence < advice.CONFIDENT_FROM;
  return (
    <form ref={formRef} className="form commit-form" noValidate onSubmit={submit} onFocus={() => setEngaged(true)}>
      <p className="field-help">{text("commit.saved")}</p>
      {tooMany && advice ? (
        <advice.OverCommitment
          finding={tooMany}
          open={open}
          waiting={waiting}
          modules={modules}
          replace={replace}
          onReplace={setReplace}
          text={text}
        />
      ) : null}
      <CommitmentFields
        draft={draft}
        onChange={change}
        errors={errors}
        text={text}
        findingsFor={(field) => findings.filter((f) => f.field === field)}
        confidencePrompt={
          low ? (
            <advice.LowConfidencePrompt
              text={text}
              onEditAction={() => control("action")?.focus()}
              onAddSupport={(help) =>
                change({ support: [draft.support.trim(), help].filter(Boolean).join(locale === "zh-CN" ? "；" : "; ") })
              }
            />
          ) : null
        }
      />
      {advice ? <advice.StrengthScale draft={draft} onChange={change} text={text} /> : null}
      <SubmitArea
        joined={!!session}
        joinHref={joinHref}
        submitted={submits > 0}
        drop={drop}
        onRetryDrop={(d) => void dropCommitment(d.id)}
        text={text}
      />
    </form>
  );
}
