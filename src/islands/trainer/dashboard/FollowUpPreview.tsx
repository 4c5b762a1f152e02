// "Preview next follow-up": the email as its participant will see it, drawn in a sandboxed frame (no
// scripts, no same-origin access), with a note that its links do not work here.
import { useEffect, useRef, useState } from "react";
import { previewFollowUp, type FollowUpPreview } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";

type PreviewState =
  { kind: "idle" } | { kind: "loading" } | { kind: "failed" } | { kind: "shown"; preview: FollowUpPreview };

/** `button[data-preview]`, then `[data-preview-panel]` with `iframe[data-preview-frame]`. */
export function FollowUpPreviewButton({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [state, setState] = useState<PreviewState>({ kind: "idle" });

  async function open() {
    if (state.kind === "loading") return;
    setState({ kind: "loading" });
    try {
      setState({ kind: "shown", preview: await previewFollowUp(cohortId) });
    } catch {
      setState({ kind: "failed" });
    }
  }

  return (
    <div className="dash-followups-preview">
      <button
        type="button"
        className="button button-secondary"
        data-preview=""
        aria-busy={state.kind === "loading"}
        onClick={() => void open()}
      >
        {text("dashboard.followups.preview.button")}
      </button>
      {state.kind === "loading" ? (
        <p className="note" aria-live="polite">
          {text("dashboard.followups.preview.working")}
        </p>
      ) : null}
      {state.kind === "failed" ? (
        <p className="form-error" role="alert">
          {text("dashboard.followups.preview.failed")}
        </p>
      ) : null}
      {state.kind === "shown" ? (
        <PreviewPanel preview={state.preview} onClose={() => setState({ kind: "idle" })} />
      ) : null}
    </div>
  );
}

function PreviewPanel({ preview, onClose }: { preview: FollowUpPreview; onClose: () => void }) {
  const { text } = useDashboard();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="dash-preview" data-preview-panel="">
      <h3 ref={heading} tabIndex={-1}>
        {text("dashboard.followups.preview.heading")}
      </h3>
      <p data-preview-to="">
        {preview.to
          ? text("dashboard.followups.preview.to", { name: preview.to })
          : text("dashboard.followups.preview.sample")}
      </p>
      <p className="dash-preview-subject" data-preview-subject="">
        {text("dashboard.followups.preview.subject", { subject: preview.subject })}
      </p>
      <p className="note" data-preview-links-note="">
        {text("dashboard.followups.preview.linksNote")}
      </p>
      <iframe
        className="dash-preview-frame"
        title={text("dashboard.followups.preview.frameTitle")}
        sandbox=""
        srcDoc={preview.html}
        data-preview-frame=""
      />
      <details>
        <summary>{text("dashboard.followups.preview.plainText")}</summary>
        <pre className="dash-preview-text" data-preview-text="">
          {preview.text}
        </pre>
      </details>
      <p>
        <button type="button" className="button button-secondary" onClick={onClose} data-preview-close="">
          {text("dashboard.followups.preview.close")}
        </button>
      </p>
    </div>
  );
}
