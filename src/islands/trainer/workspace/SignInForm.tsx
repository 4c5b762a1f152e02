// Email and password sign-in for trainers; the workspace appears once the trainer's client has a session.
import { useState, type SubmitEvent } from "react";
import { InputField } from "../../shared/InputField";
import type { IslandText } from "../../../i18n/islands";
import { signIn } from "../shared/trainer-api";
import type { ErrorMessageKey } from "../../../lib/api-errors";
import { requestErrorKey } from "../../../lib/request-errors";

/** Why a sign-in failed: wrong email or password, or the usual network and server troubles. */
function signInErrorKey(error: unknown): ErrorMessageKey | "trainer.signin.failed" {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 400 || status === 401 || status === 403) return "trainer.signin.failed";
  return requestErrorKey(error);
}

/** The sign-in form (`form[data-trainer-signin]`). */
export function SignInForm({ text }: { text: IslandText<"workspace"> }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [failure, setFailure] = useState<ReturnType<typeof signInErrorKey> | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const empty = { email: email.trim() === "", password: password === "" };
    setMissing(empty);
    setFailure(null);
    if (empty.email || empty.password) {
      event.currentTarget.querySelector<HTMLInputElement>(empty.email ? "[name=email]" : "[name=password]")?.focus();
      return;
    }
    setSending(true);
    try {
      await signIn(email.trim(), password);
      // The auth store's change swaps this form for the workspace.
    } catch (error) {
      setFailure(signInErrorKey(error));
      setSending(false);
    }
  }

  const required = text("errors.validation_required");
  return (
    <form
      className="form panel"
      data-trainer-signin
      noValidate
      onSubmit={submit}
      aria-busy={sending}
      aria-labelledby="signin-heading"
    >
      <h2 id="signin-heading">{text("common.trainerSignIn")}</h2>
      <InputField
        id="trainer-email"
        name="email"
        type="email"
        label={text("common.email")}
        value={email}
        onChange={setEmail}
        error={missing.email ? required : undefined}
        inputMode="email"
        autoComplete="username"
        required
      />
      <InputField
        id="trainer-password"
        name="password"
        type="password"
        label={text("trainer.signin.password")}
        value={password}
        onChange={setPassword}
        error={missing.password ? required : undefined}
        autoComplete="current-password"
        required
      />
      {failure ? (
        <p className="form-error" role="alert" data-signin-error>
          {text(failure)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={sending}>
          {sending ? text("common.signingIn") : text("common.signIn")}
        </button>
      </div>
      <p className="note">{text("trainer.signin.help")}</p>
    </form>
  );
}
