// The end of a module page: the commitment form opens when the participant asks for it ("开始写承诺"), so
// a reader meets one clear step instead of a long form. It opens at once on a device that has a draft or a
// commitment of this module (nothing written is ever out of sight), and when the address points at it
// (#commitment-form: a refused commitment's link). The form's code comes with the step (a lazy form,
// suspending inside the open step, made the offline e2e flaky under load: README, "What each page costs").
import { useEffect, useRef, useState } from "react";
import { textFor } from "../../i18n/format";
import { DRAFTS_KEY, OUTBOX_KEY } from "../../stores/storage-keys";
import CommitmentForm, { type CommitmentFormProps } from "./CommitmentForm";

/** Whether this device holds something of `module`: a draft or an outbox entry (read raw: the stores load with the form). */
function deviceHasWork(module: string): boolean {
  try {
    const drafts: unknown = JSON.parse(localStorage.getItem(DRAFTS_KEY) ?? "{}");
    const outbox: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? "[]");
    const hasDraft = typeof drafts === "object" && drafts !== null && module in drafts;
    const hasEntry =
      Array.isArray(outbox) && outbox.some((e: { fields?: { module?: string } }) => e?.fields?.module === module);
    return hasDraft || hasEntry;
  } catch {
    return true; // unreadable storage: show the form, which copes with it
  }
}

/** Puts the cursor in the form's first field once it is drawn after a tap. */
function FocusFirstField({ within }: { within: React.RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    within.current?.querySelector<HTMLElement>("textarea, input:not([type=hidden]), select")?.focus();
  }, [within]);
  return null;
}

/** Commitment step island (module pages; /commit/ shows the form itself). */
export default function CommitmentStep(props: CommitmentFormProps & { module: string }) {
  const text = textFor(props.strings);
  const [open, setOpen] = useState<"closed" | "asked" | "restored">("closed");
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (window.location.hash === "#commitment-form" || deviceHasWork(props.module)) setOpen("restored");
  }, [props.module]);

  if (open === "closed")
    return (
      <button type="button" className="button button-large" data-commitment-open onClick={() => setOpen("asked")}>
        {text("commit.start")}
      </button>
    );
  return (
    <div ref={box}>
      <CommitmentForm {...props} />
      {open === "asked" ? <FocusFirstField within={box} /> : null}
    </div>
  );
}
