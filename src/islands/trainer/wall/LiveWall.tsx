// The live wall island for /trainer/wall/?cohort=<id>: the projector view of one cohort, or what is
// missing to show it (JavaScript, the cohort in the address, the trainer's sign-in).
import { useMemo } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { useCohortParam } from "../shared/cohort-param";
import { SignInFirst } from "../shared/PageStates";
import { textFor } from "../../../i18n/format";
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

/** The island's root. */
export default function LiveWall({ strings, moduleTitles, signInHref }: LiveWallProps) {
  const text = useMemo(() => textFor(strings), [strings]);
  const cohortId = useCohortParam();

  if (cohortId === null)
    return (
      <p className="note" aria-live="polite">
        {text("wall.loading")}
      </p>
    );
  if (cohortId === "") return <p className="form-error">{text("wall.noCohort")}</p>;
  if (!trainerPb.authStore.isValid)
    return <SignInFirst message={text("wall.signedOut")} link={text("common.trainerSignIn")} href={signInHref} />;
  return (
    <WallScreen key={cohortId} cohortId={cohortId} text={text} moduleTitles={moduleTitles} signInHref={signInHref} />
  );
}
