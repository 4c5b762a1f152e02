// Step one: the email the participant gave when joining, and "send me a code".
import { useRef, useState, type SubmitEvent } from "react";
import { normalizeEmail } from "../../lib/pocketbase-types";
import { InputField } from "../shared/InputField";
import { isEmailFormat, requestSignInCode } from "./sign-in";
import type { IslandText } from "../../i18n/islands";

interface EmailStepProps {
  text: IslandText<"signin">;
  initialEmail: string;
  onSent: (email: string, otpId: string) => void;
}

/** The email form (`input[name=email]`). */
export function EmailStep({ text, initialEmail, onSent }: EmailStepProps) {
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState("");
  const [sending, setSending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    // The one form the server keeps: "Lina@Example.com " and full-width letters find lina@example.com.
    const trimmed = normalizeEmail(email);
    const invalid =
      trimmed === "" ? "signin.email.required" : isEmailFormat(trimmed) ? null : "errors.validation_invalid_email";
    if (invalid) {
      setError(text(invalid));
      inputRef.current?.focus();
      return;
    }
    setSending(true);
    setError("");
    const result = await requestSignInCode(trimmed);
    setSending(false);
    if (result.ok) return onSent(trimmed, result.value);
    setError(text(result.error));
    inputRef.current?.focus();
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={sending}>
      <InputField
        id="signin-email"
        textsId="signin-email"
        ref={inputRef}
        name="email"
        type="email"
        label={text("common.email")}
        value={email}
        onChange={setEmail}
        help={text("signin.email.help")}
        error={error}
        inputMode="email"
        autoComplete="email"
      />
      <button type="submit" className="button button-primary" disabled={sending}>
        {sending ? text("common.sending") : text("signin.send")}
      </button>
    </form>
  );
}
