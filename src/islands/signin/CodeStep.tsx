// Step two: the six-digit code from the email; or a new code, or another email.
import { useEffect, useRef, useState, type SubmitEvent } from "react";
import { InputField } from "../shared/InputField";
import { isCodeFormat, normalizeCode, requestSignInCode, signInAs, verifyCode, type AddressSignIn } from "./sign-in";
import type { IslandText } from "../../i18n/islands";

interface CodeStepProps {
  text: IslandText<"signin">;
  email: string;
  otpId: string;
  onNewCode: (otpId: string) => void;
  onChangeEmail: () => void;
  onSignedIn: () => void;
  /** The address has several workshops, none, or an unsubscribe to offer undoing: SignIn asks which (showing `error`, if any). */
  onChoose: (address: AddressSignIn, error?: string) => void;
}

/**
 * The code form (`input[name=code]`). With one workshop on the address, the device signs in to it at
 * once and SignIn shows the welcome; otherwise SignIn shows the choice.
 */
export function CodeStep({ text, email, otpId, onNewCode, onChangeEmail, onSignedIn, onChoose }: CodeStepProps) {
  const [code, setCode] = useState("");
  const [error, setError] = useState("");
  const [notice, setNotice] = useState(text("signin.sent", { email }));
  const [busy, setBusy] = useState<"signin" | "resend" | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  function fail(message: string) {
    setError(message);
    inputRef.current?.focus();
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!isCodeFormat(normalizeCode(code))) return fail(text("signin.code.format"));
    setBusy("signin");
    setError("");
    const verified = await verifyCode(otpId, code);
    if (!verified.ok) {
      setBusy(null);
      return fail(text(verified.error));
    }
    const address = verified.value;
    const only = address.participations.length === 1 && !address.unsubscribed ? address.participations[0] : undefined;
    if (!only) return onChoose(address);
    const result = await signInAs(address, only.id);
    if (result.ok) return onSignedIn();
    // The code is spent; the choice can still be made, and tried again, from the address's session.
    onChoose(address, text(result.error));
  }

  async function resend() {
    if (busy) return;
    setBusy("resend");
    setError("");
    const result = await requestSignInCode(email);
    setBusy(null);
    if (!result.ok) return fail(text(result.error));
    setCode("");
    setNotice(text("signin.resent"));
    onNewCode(result.value);
    inputRef.current?.focus();
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={busy !== null}>
      <p className="privacy" aria-live="polite">
        {notice}
      </p>
      <InputField
        id="signin-code"
        textsId="signin-code"
        ref={inputRef}
        name="code"
        label={text("signin.code.label")}
        value={code}
        onChange={setCode}
        help={text("signin.code.help")}
        error={error}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        className="input-code"
      />
      <button type="submit" className="button button-primary" disabled={busy !== null}>
        {busy === "signin" ? text("common.signingIn") : text("common.signIn")}
      </button>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          data-resend-code=""
          disabled={busy !== null}
          onClick={resend}
        >
          {busy === "resend" ? text("common.sending") : text("signin.resend")}
        </button>
        <button type="button" className="button button-secondary" onClick={onChangeEmail}>
          {text("signin.changeEmail")}
        </button>
      </div>
    </form>
  );
}
