// The sign-in island for /signin/ and /en/signin/: email, then the emailed code, then a session on
// this device. A device that already has a participant says who, instead of the form.
import { useStore } from "@nanostores/react";
import { useState } from "react";
import { $session } from "../../stores/session";
import { useInBrowser } from "../shared/use-in-browser";
import { CodeStep } from "./CodeStep";
import { EmailStep } from "./EmailStep";
import { SignedInPanel } from "./SignedInPanel";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";

/** Props the sign-in page passes; strings are already in the page's language. */
export interface SignInProps {
  strings: IslandStrings<"signin">;
  /** "My commitments" in the page's locale. */
  meHref: string;
  /** The join page in the page's locale, for people who gave no email. */
  joinHref: string;
}

type Step = { step: "email"; email: string } | { step: "code"; email: string; otpId: string };

/** Sign in with a one-time code. */
export default function SignIn({ strings, meHref, joinHref }: SignInProps) {
  const text = textFor(strings);
  const inBrowser = useInBrowser();
  const session = useStore($session, { ssr: () => null });
  // A participant already here when the page opened is "signed in as"; a new one gets a welcome.
  const [sessionAtOpen] = useState(() => $session.get()?.participant.id);
  const [signedInHere, setSignedInHere] = useState(false);
  const [step, setStep] = useState<Step>({ step: "email", email: "" });

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
  return (
    <div className="signin">
      {step.step === "email" ? (
        <EmailStep
          text={text}
          initialEmail={step.email}
          onSent={(email, otpId) => setStep({ step: "code", email, otpId })}
        />
      ) : (
        <CodeStep
          text={text}
          email={step.email}
          otpId={step.otpId}
          onNewCode={(otpId) => setStep({ ...step, otpId })}
          onChangeEmail={() => setStep({ step: "email", email: step.email })}
          onSignedIn={() => setSignedInHere(true)}
        />
      )}
      <p className="note">
        {text("signin.noEmail")} <a href={joinHref}>{text("common.joinWithCode")}</a>
      </p>
    </div>
  );
}
