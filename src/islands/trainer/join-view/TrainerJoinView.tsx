// The join view island for /trainer/join/?cohort=<id>: the projected join screen of one cohort, or what
// is missing to show it (the cohort in the address, the trainer's sign-in, the network).
import { useLoad } from "../../shared/use-load";
import { JoinScreen } from "./JoinScreen";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import { useCohortParam } from "../shared/cohort-param";
import { getCohort, useTrainerId } from "../shared/trainer-api";
import { usePublicAddress } from "./public-address";
import type { Locale } from "../../../i18n/locales";

/** Props TrainerJoinPage passes. */
export interface TrainerJoinViewProps {
  locale: Locale;
  /** The controls, in the page's language. */
  strings: IslandStrings<"joinView">;
  /** The projected words in both languages; the cohort's language is used. */
  screen: Readonly<Record<Locale, IslandStrings<"joinScreen">>>;
  /** The workspace (with its sign-in form) in the page's language. */
  workspaceHref: string;
}

/** The island's root. */
export default function TrainerJoinView({ locale, strings, screen, workspaceHref }: TrainerJoinViewProps) {
  const text = textFor(strings);
  const cohortId = useCohortParam();
  const trainerId = useTrainerId();
  const { data: cohort, error: failed } = useLoad(cohortId && trainerId ? () => getCohort(cohortId) : null, [
    cohortId,
    trainerId,
  ]);

  const address = usePublicAddress(Boolean(cohortId && trainerId));

  const message = (body: string, link?: string) => (
    <div className="panel" data-join-view-message>
      <h1>{text("trainer.join.title")}</h1>
      <p className={link ? undefined : "form-error"} aria-live="polite">
        {body}
      </p>
      <p>
        <a className="button" href={workspaceHref}>
          {link ?? text("trainer.join.back")}
        </a>
      </p>
    </div>
  );
  if (cohortId === null || trainerId === null)
    return (
      <p className="note" aria-live="polite">
        {text("trainer.join.loading")}
      </p>
    );
  if (cohortId === "") return message(text("trainer.join.noCohort"));
  if (trainerId === "") return message(text("trainer.join.signedOut"), text("common.trainerSignIn"));
  if (failed) return message(text("trainer.join.loadFailed"));
  if (!cohort || !address)
    return (
      <p className="note" aria-live="polite">
        {text("trainer.join.loading")}
      </p>
    );
  return (
    <JoinScreen
      cohort={cohort}
      address={address}
      controls={strings}
      screen={screen[cohort.locale]}
      backHref={workspaceHref}
      pageLocale={locale}
    />
  );
}
