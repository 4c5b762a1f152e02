// What the trainer pages show instead of their content: loading, no cohort, signed out, a failed load.
import type { CohortPageText } from "../../../i18n/islands";

/** A polite "loading" line. */
export function Loading({ text }: { text: CohortPageText }) {
  return (
    <p className="note" aria-live="polite">
      {text("dashboard.state.loading")}
    </p>
  );
}

/** The address has no `?cohort=`. */
export function NoCohort({ text }: { text: CohortPageText }) {
  return <p className="form-error">{text("dashboard.state.noCohort")}</p>;
}

/** `[data-signed-out]`: the trainer pages need a trainer's sign-in; /trainer/ (at `href`) has the form. */
export function SignInFirst({ message, link, href }: { message: string; link: string; href: string }) {
  return (
    <div className="panel" data-signed-out="">
      <p>{message}</p>
      <p>
        <a className="button" href={href}>
          {link}
        </a>
      </p>
    </div>
  );
}

/** The cohort could not be loaded (network, or not this trainer's: the server says 404 for both). */
export function LoadFailed({ text, onRetry }: { text: CohortPageText; onRetry: () => void }) {
  return (
    <div className="panel" data-load-failed="">
      <p className="form-error" role="alert">
        {text("dashboard.state.loadFailed")}
      </p>
      <p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {text("common.retry")}
        </button>
      </p>
    </div>
  );
}
