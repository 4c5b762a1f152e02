// Email and password sign-in for trainers; the workspace appears once the trainer's client has a session.
import { useState, type SubmitEvent } from "react";
import { describedBy, FieldTexts } from "../join/FieldParts";
import type { IslandText } from "../../i18n/islands";
import { signIn } from "./trainer-api";
import { signInErrorKey } from "./trainer-errors";

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
    <form className="form panel" data-trainer-signin noValidate onSubmit={submit} aria-busy={sending} aria-labelledby="signin-heading">
      <h2 id="signin-heading">{text("common.trainerSignIn")}</h2>
      <div className="field">
        <label htmlFor="trainer-email">{text("common.email")}</label>
        <input id="trainer-email" name="email" type="email" inputMode="email" autoComplete="username" required
          value={email} onChange={(e) => setEmail(e.target.value)}
          aria-invalid={missing.email ? true : undefined} aria-describedby={describedBy("email", { error: !!missing.email })} />
        <FieldTexts name="email" error={missing.email ? required : undefined} />
      </div>
      <div className="field">
        <label htmlFor="trainer-password">{text("trainer.signin.password")}</label>
        <input id="trainer-password" name="password" type="password" autoComplete="current-password" required
          value={password} onChange={(e) => setPassword(e.target.value)}
          aria-invalid={missing.password ? true : undefined} aria-describedby={describedBy("password", { error: !!missing.password })} />
        <FieldTexts name="password" error={missing.password ? required : undefined} />
      </div>
      {failure ? <p className="form-error" role="alert" data-signin-error>{text(failure)}</p> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={sending}>
          {sending ? text("common.signingIn") : text("common.signIn")}
        </button>
      </div>
      <p className="note">{text("trainer.signin.help")}</p>
    </form>
  );
}
