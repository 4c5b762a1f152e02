// The sign-in island for /signin/ and /en/signin/: email, then the emailed code, then (when the address
// joined several workshops) which one, then a session on this device. A device that already has a
// participant says who, instead of the form. Without a mail server no code can arrive: it says so.
import { useStore } from "@nanostores/react";
import { useEffect, useState } from "react";
import { $session } from "../../stores/session";
import { useInBrowser } from "../shared/use-in-browser";
import { CodeStep } from "./CodeStep";
import { EmailStep } from "./EmailStep";
import { PickStep } from "./PickStep";
import { mailConfigured, type AddressSignIn } from "./sign-in";
import { SignedInPanel } from "./SignedInPanel";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";

/** Props the sign-in page passes; strings are already in the page's language. */
export interface SignInProps {
  locale: Locale;
  strings: IslandStrings<"signin">;
  /** "My commitments" in the page's locale. */
  meHref: string;
  /** The join page in the page's locale, for people who gave no email. */
  joinHref: string;
}

type Step =
  | { step: "email"; email: string }
  | { step: "code"; email: string; otpId: string }
  | { step: "pick"; address: AddressSignIn; error?: string | undefined };

/** Sign in with a one-time code. */
export default function SignIn({ locale, strings, meHref, joinHref }: SignInProps) {
  const text = textFor(strings);
  const inBrowser = useInBrowser();
  const session = useStore($session, { ssr: () => null });
  // A participant already here when the page opened is "signed in as"; a new one gets a welcome.
  const [sessionAtOpen] = useState(() => $session.get()?.participant.id);
  const [signedInHere, setSignedInHere] = useState(false);
  const [step, setStep] = useState<Step>({ step: "email", email: "" });
  // null until the server said (or could not say, offline): the form shows meanwhile.
  const [mail, setMail] = useState<boolean | null>(null);

  useEffect(() => {
    let current = true;
    void mailConfigured().then((configured) => current && setMail(configured));
    return () => {
      current = false;
    };
  }, []);

  if (!inBrowser)
    return (
      <p className="note" aria-live="polite">
        {text("signin.loading")}
      </p>
    );
  if (session) {
    return (
      <SignedInPanel
        text={text}
        session={session}
        fresh={signedInHere || session.participant.id !== sessionAtOpen}
        meHref={meHref}
      />
    );
  }
  if (mail === false) {
    return (
      <div className="signin">
        <p className="form-error" data-no-mail="" role="status">
          {text("signin.noMail")}
        </p>
        <p className="note">
          {text("signin.noEmail")} <a href={joinHref}>{text("common.joinWithCode")}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="signin">
      {step.step === "email" ? (
        <EmailStep
          text={text}
          initialEmail={step.email}
          onSent={(email, otpId) => setStep({ step: "code", email, otpId })}
        />
      ) : step.step === "code" ? (
        <CodeStep
          text={text}
          email={step.email}
          otpId={step.otpId}
          onNewCode={(otpId) => setStep({ ...step, otpId })}
          onChangeEmail={() => setStep({ step: "email", email: step.email })}
          onSignedIn={() => setSignedInHere(true)}
          onChoose={(address, error) => setStep({ step: "pick", address, error })}
        />
      ) : (
        <PickStep
          text={text}
          locale={locale}
          address={step.address}
          initialError={step.error}
          joinHref={joinHref}
          onSignedIn={() => setSignedInHere(true)}
        />
      )}
      <p className="note">
        {text("signin.noEmail")} <a href={joinHref}>{text("common.joinWithCode")}</a>
      </p>
    </div>
  );
}
