// What the trainer pages show instead of their content: loading, no cohort, signed out, a failed load.
import { useDashboard } from "./strings";

/** A polite "loading" line. */
export function Loading() {
  const { text } = useDashboard();
  return (
    <p className="note" aria-live="polite">
      {text("dashboard.state.loading")}
    </p>
  );
}

/** The address has no `?cohort=`. */
export function NoCohort() {
  const { text } = useDashboard();
  return <p className="form-error">{text("dashboard.state.noCohort")}</p>;
}

/** `[data-signed-out]`: the trainer pages need a trainer's sign-in; /trainer/ has the form. */
export function SignInFirst({ href }: { href: string }) {
  const { text } = useDashboard();
  return (
    <div className="panel" data-signed-out="">
      <p>{text("dashboard.state.signedOut")}</p>
      <p>
        <a className="button" href={href}>
          {text("dashboard.state.signIn")}
        </a>
      </p>
    </div>
  );
}

/** The cohort could not be loaded (network, or not this trainer's: the server says 404 for both). */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { text } = useDashboard();
  return (
    <div className="panel" data-load-failed="">
      <p className="form-error" role="alert">
        {text("dashboard.state.loadFailed")}
      </p>
      <p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {text("dashboard.state.retry")}
        </button>
      </p>
    </div>
  );
}
