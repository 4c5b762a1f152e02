// The live wall island for /trainer/wall/?cohort=<id>: the projector view of one cohort, or with
// `&controls` the trainer's controls view of it (for the trainer's own device), or what is missing to
// show either (JavaScript, the cohort in the address, the trainer's sign-in).
import { useMemo } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { useCohortParam, withCohort } from "../shared/cohort-param";
import { SignInFirst } from "../shared/PageStates";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import { WallControlRoom } from "./WallControlRoom";
import { WallScreen } from "./WallScreen";

/** Props WallPage passes; strings and module titles are already in the page's language. */
export interface LiveWallProps {
  strings: IslandStrings<"wall">;
  /** Module slug to its title, in course order. */
  moduleTitles: Readonly<Record<string, string>>;
  /** The trainer sign-in page (the workspace) in the page's language. */
  signInHref: string;
  /** This page's own path, e.g. `/trainer/wall/`. */
  wallPath: string;
}

/** The controls view's address for a cohort. */
function controlsHref(wallPath: string, cohortId: string): string {
  return `${withCohort(wallPath, cohortId)}&controls`;
}

/** The island's root. */
export default function LiveWall({ strings, moduleTitles, signInHref, wallPath }: LiveWallProps) {
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
  const shared = { cohortId, text, moduleTitles, signInHref };
  if (new URLSearchParams(window.location.search).has("controls"))
    return (
      <WallControlRoom
        key={cohortId}
        {...shared}
        wallHref={withCohort(wallPath, cohortId)}
        workspaceHref={signInHref}
      />
    );
  return <WallScreen key={cohortId} {...shared} controlsHref={controlsHref(wallPath, cohortId)} />;
}
