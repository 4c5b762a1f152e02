// The trainer workspace island for /trainer/ and /en/trainer/: the sign-in form, or the workspace.
import { useMemo } from "react";
import type { CohortPaths } from "./CohortItem";
import { SignInForm } from "./SignInForm";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import { useTrainerId } from "../shared/trainer-api";
import { Workspace } from "./Workspace";
import type { Locale } from "../../../i18n/locales";

/** Props TrainerPage passes; strings are already in the page's language. */
export interface TrainerWorkspaceProps {
  locale: Locale;
  strings: IslandStrings<"workspace">;
  /** The join view, wall and dashboard pages in the page's language. */
  paths: CohortPaths;
}

/** The island's root. */
export default function TrainerWorkspace({ locale, strings, paths }: TrainerWorkspaceProps) {
  const text = useMemo(() => textFor(strings), [strings]);
  // The session lives in this device's storage, which the build cannot see.
  const trainerId = useTrainerId();
  if (trainerId === null)
    return (
      <p className="note" aria-live="polite">
        {text("trainer.cohorts.loading")}
      </p>
    );
  // Keyed by trainer, so signing in as someone else starts from a fresh list.
  return trainerId === "" ? (
    <SignInForm text={text} />
  ) : (
    <Workspace key={trainerId} locale={locale} paths={paths} text={text} />
  );
}
