// The live wall island for /trainer/wall/?cohort=<id>: the projector view of one cohort, or what is
// missing to show it (JavaScript, the cohort in the address, the trainer's sign-in).
import { useMemo, useSyncExternalStore } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { textFor } from "../../../i18n/text";
import type { IslandStrings } from "../../../i18n/islands";
import { WallScreen } from "./WallScreen";

/** Props WallPage passes; strings and module titles are already in the page's language. */
export interface LiveWallProps {
  strings: IslandStrings<"wall">;
  /** Module slug to its title, in course order. */
  moduleTitles: Readonly<Record<string, string>>;
  /** The trainer sign-in page in the page's language. */
  signInHref: string;
}

const noSubscription = () => () => {};

/** The `?cohort=` of the address, in the browser; null during the build and hydration. */
function useCohortParam(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get("cohort")?.trim() ?? "",
    () => null,
  );
}

/** The island's root. */
export default function LiveWall({ strings, moduleTitles, signInHref }: LiveWallProps) {
  const text = useMemo(() => textFor(strings), [strings]);
  const cohortId = useCohortParam();

  if (cohortId === null) return <p className="note" aria-live="polite">{text("wall.loading")}</p>;
  if (cohortId === "") return <p className="form-error">{text("wall.noCohort")}</p>;
  if (!trainerPb.authStore.isValid) return <SignInFirst text={text("wall.signedOut")} link={text("common.trainerSignIn")} href={signInHref} />;
  return <WallScreen key={cohortId} cohortId={cohortId} text={text} moduleTitles={moduleTitles} signInHref={signInHref} />;
}

/** The wall needs a trainer's sign-in; the trainer pages have the form. */
export function SignInFirst({ text, link, href }: { text: string; link: string; href: string }) {
  return (
    <div className="panel" data-wall-signed-out>
      <p>{text}</p>
      <p>
        <a className="button" href={href}>
          {link}
        </a>
      </p>
    </div>
  );
}
