// The "my commitments" island for /me/ and /en/me/: who is signed in (and the way out), the participant's
// commitments and their data, or how to sign in, or the farewell after deleting their participation.
import { useStore } from "@nanostores/react";
import { lazy, Suspense, useMemo } from "react";
import { $session } from "../../stores/session-state";
import { Farewell } from "./Farewell";
import { $participationDeletion } from "./participation-deletion";
import { SignedOut, type MeLinks } from "./SignedOut";
import { useInBrowser } from "../shared/use-in-browser";
import { textFor } from "../../i18n/format";
import type { IslandStrings } from "../../i18n/islands";
import type { Locale } from "../../i18n/locales";
import { MeProvider } from "./me-context";

// Loaded only on a device with a session: without one (most first visits) the page needs the sign-in
// panel alone, and starts sooner on a slow phone.
const SignedIn = lazy(() => import("./SignedIn"));

/** Props MePage passes; strings and module titles are already in the page's language. */
export interface MyPageProps {
  locale: Locale;
  strings: IslandStrings<"me">;
  /** Module slug to its title. */
  moduleTitles: Readonly<Record<string, string>>;
  links: MeLinks;
}

/** The island's root. */
export default function MyPage({ locale, strings, moduleTitles, links }: MyPageProps) {
  const inBrowser = useInBrowser();
  const session = useStore($session, { ssr: () => null });
  const deletion = useStore($participationDeletion);
  const context = useMemo(() => ({ text: textFor(strings), locale }), [strings, locale]);
  const { text } = context;

  // The build cannot see this device's session: a neutral line, and the signed-out panel that
  // FirstFrame (MePage.astro) shows instead before the first paint on a device without one. The panel's
  // key keeps its element when the island takes over, so the page's largest text is not drawn twice.
  if (!inBrowser)
    return (
      <MeProvider value={context}>
        <p key="loading" className="note" aria-live="polite" data-first-frame="usual">
          {text("me.loading")}
        </p>
        <SignedOut key="signed-out" links={links} firstFrame />
      </MeProvider>
    );

  return (
    <MeProvider value={context}>
      {session ? (
        <Suspense
          fallback={
            <p className="note" aria-live="polite">
              {text("me.loading")}
            </p>
          }
        >
          <SignedIn session={session} moduleTitles={moduleTitles} courseHref={links.course} />
        </Suspense>
      ) : deletion === "idle" ? (
        <SignedOut key="signed-out" links={links} />
      ) : (
        <Farewell homeHref={links.home} />
      )}
    </MeProvider>
  );
}
