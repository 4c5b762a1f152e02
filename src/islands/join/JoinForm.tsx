// The join island: the form with its intro, or the joined state when this device already has a session.
import { useStore } from "@nanostores/react";
import { useState } from "react";
import { $session } from "../../stores/session";
import { useInBrowser } from "../shared/use-in-browser";
import { JoinedPanel } from "./JoinedPanel";
import { JoinFields } from "./JoinFields";
import type { IslandStrings } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";

/** Props the join page passes; strings are already translated for the page's locale. */
export interface JoinFormProps {
  locale: Locale;
  strings: IslandStrings<"join">;
  /** Course home in the page's locale (`/` or `/en/`). */
  homeHref: string;
  /** "My commitments" in the page's locale. */
  meHref: string;
  /** The sign-in page in the page's locale (for people who joined before, on another device). */
  signinHref: string;
}

/** Join form island for /join/ and /en/join/. */
export default function JoinForm({ locale, strings, homeHref, meHref, signinHref }: JoinFormProps) {
  // The build cannot see localStorage, so hydrate as "no session" and switch right after.
  const inBrowser = useInBrowser();
  const session = useStore($session, { ssr: () => null });
  // A session that was already here when the page opened gets "you are in ..."; a new one gets a welcome.
  const [sessionAtOpen] = useState(() => $session.get()?.participant.id);

  if (session) {
    const fresh = session.participant.id !== sessionAtOpen;
    return <JoinedPanel session={session} fresh={fresh} strings={strings} homeHref={homeHref} meHref={meHref} />;
  }
  // The intro and the way back for people who joined before belong to the form: a joined device sees neither.
  return (
    <>
      <p>{strings["join.intro"]}</p>
      {/* The form needs the page's query (?code=), which the build cannot see: the build renders it inert at
          its full size (nothing below moves), and the working form replaces it once React runs here. */}
      <JoinFields key={inBrowser ? "ready" : "opening"} ready={inBrowser} locale={locale} strings={strings} />
      <p className="note" data-signin-hint>
        {strings["join.signinHint"]}{" "}
        <a className="keep-together" href={signinHref}>
          {strings["join.signinLink"]}
        </a>
        {locale === "zh-CN" ? "。" : "."}
      </p>
    </>
  );
}
