// What the wall and its controls view show until the cohort is loaded: loading, a failure to retry, or
// the trainer's sign-in.
import { SignInFirst } from "../shared/PageStates";
import type { IslandText } from "../../../i18n/islands";
import type { WallPhase as Phase } from "./use-live-wall";

interface WallPhaseProps {
  phase: Phase;
  retry: () => void;
  signInHref: string;
  text: IslandText<"wall">;
}

/** The state of a wall that is not ready. */
export function WallPhase({ phase, retry, signInHref, text }: WallPhaseProps) {
  if (phase === "signedOut")
    return <SignInFirst message={text("wall.signedOut")} link={text("common.trainerSignIn")} href={signInHref} />;
  if (phase === "failed")
    return (
      <div className="panel">
        <p className="form-error">{text("wall.loadFailed")}</p>
        <button type="button" className="button" onClick={retry}>
          {text("common.retry")}
        </button>
      </div>
    );
  return (
    <p className="note" aria-live="polite">
      {text("wall.loading")}
    </p>
  );
}
