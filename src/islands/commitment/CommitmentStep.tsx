// The end of a module page: the commitment form opens when the participant asks for it ("开始写承诺"), so
// reading a module costs no form code (README, "What each page costs"). It opens at once on a device
// that has a draft or a commitment of this module (nothing written is ever out of sight), and when the
// address points at it (#commitment-form: a refused commitment's link).
//
// The form's code is imported on that tap and drawn once it is here, with no Suspense boundary around
// the open form: a boundary there would hide the whole form while anything inside it loads.
import { useEffect, useRef, useState, type ComponentType } from "react";
import { textFor } from "../../i18n/format";
import { DRAFTS_KEY, OUTBOX_KEY } from "../../stores/storage-keys";
import type { CommitmentFormProps } from "./CommitmentForm";

type Form = ComponentType<CommitmentFormProps>;

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
  const [form, setForm] = useState<{ Form: Form } | null>(null);
  const [failed, setFailed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (window.location.hash === "#commitment-form" || deviceHasWork(props.module)) setOpen("restored");
  }, [props.module]);
  useEffect(() => {
    if (open === "closed" || form) return;
    let current = true;
    import("./CommitmentForm").then(
      (m) => current && setForm({ Form: m.default }),
      // Not here and no connection: the button comes back, with why, for another tap.
      () => {
        if (!current) return;
        setFailed(true);
        setOpen("closed");
      },
    );
    return () => {
      current = false;
    };
  }, [open, form]);

  if (open === "closed" || !form)
    return (
      <>
        <button
          type="button"
          className="button button-large"
          data-commitment-open
          disabled={open !== "closed"}
          aria-busy={open !== "closed"}
          onClick={() => {
            setFailed(false);
            setOpen("asked");
          }}
        >
          {text(open === "closed" ? "commit.start" : "commit.opening")}
        </button>
        {failed ? (
          <p className="form-error" role="alert">
            {text("commit.openFailed")}
          </p>
        ) : null}
      </>
    );
  return (
    <div ref={box}>
      <form.Form {...props} />
      {open === "asked" ? <FocusFirstField within={box} /> : null}
    </div>
  );
}
