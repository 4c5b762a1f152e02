// The supervisor's own way out of the weekly notes, at the bottom of their page, and back in.
import { useState } from "react";
import type { IslandText } from "../../i18n/islands";
import { requestErrorKey } from "../../lib/request-errors";
import { stopDigests, type SupervisorView } from "./supervisor-api";

interface DigestStopProps {
  token: string;
  stopped: boolean;
  text: IslandText<"supervisor">;
  onChanged: (view: SupervisorView) => void;
}

/** `div[data-digest-stop]`, with `[data-digest-stopped]` once stopped. */
export function DigestStop({ token, stopped, text, onChanged }: DigestStopProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function change() {
    if (busy) return;
    setBusy(true);
    setError("");
    try {
      onChanged(await stopDigests(token, stopped));
    } catch (failure) {
      setError(text(requestErrorKey(failure)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="supervisor-stop" data-digest-stop="">
      {stopped ? (
        <p className="note" data-digest-stopped="" role="status">
          {text("supervisor.stopped")}
        </p>
      ) : null}
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void change()}>
        {stopped ? text("supervisor.resume") : text("supervisor.stop")}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
