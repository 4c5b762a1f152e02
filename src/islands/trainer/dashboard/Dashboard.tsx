// The dashboard island for /trainer/cohort/?cohort=<id>: the cohort's figures, downloads and links, the
// coach's view, the participant table (with each participant's re-join code, hiding and removal), the
// charts and the follow-up emails; or what is missing to show them (the cohort, the trainer's sign-in).
import { useMemo, lazy, Suspense } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { ChannelsSection } from "./ChannelsSection";
import { CohortFacts } from "./CohortFacts";
import { DashboardActions } from "./DashboardActions";
import { FollowUpPanel } from "./FollowUpPanel";
import { GroupRobots } from "./GroupRobots";
import { SupervisorProposals } from "./SupervisorProposals";
import { loadDashboard } from "../shared/cohort-api";
import { OverviewCharts } from "./OverviewCharts";
import { LoadFailed, Loading, NoCohort, SignInFirst } from "../shared/PageStates";
import { ParticipantTable } from "./ParticipantTable";
import { DashboardProvider, useDashboard } from "./dashboard-context";
import { useCohortParam, withCohort } from "../shared/cohort-param";
import { useParticipants } from "./use-participants";
import { useLoad } from "../../shared/use-load";
import { textFor } from "../../../i18n/format";
import type { IslandStrings } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";
import { moduleOrder } from "../../../lib/module-titles";
import { loadCohortCommitments } from "./dashboard-api";

// Loaded when first shown: the coach's rules are a fifth of the page's script (scripts/bench/js-budgets.mjs).
const CoachView = lazy(() => import("./CoachView").then((m) => ({ default: m.CoachView })));
// The client's result measures, a section of its own (scripts/bench/js-budgets.mjs: the dashboard's budget).
// Buddies and the progress board's switch, likewise.
const BuddiesSection = lazy(() => import("./buddies/BuddiesSection").then((m) => ({ default: m.BuddiesSection })));
const ResultsSection = lazy(() => import("./results/ResultsSection").then((m) => ({ default: m.ResultsSection })));

/** Props DashboardPage passes; strings and module titles are already in the page's language. */
export interface DashboardProps {
  locale: Locale;
  strings: IslandStrings<"dashboard">;
  /** Module slug to title, in course order. */
  moduleTitles: Readonly<Record<string, string>>;
  /** Trainer sign-in, the wall in the page's language, and the report page in each language. */
  hrefs: { signIn: string; wall: string; report: Readonly<Record<Locale, string>> };
}

/** The island's root. */
export default function Dashboard({ locale, strings, moduleTitles, hrefs }: DashboardProps) {
  const context = useMemo(() => ({ text: textFor(strings), locale, moduleTitles }), [strings, locale, moduleTitles]);
  const cohortId = useCohortParam();
  const { text } = context;
  let content;
  if (cohortId === null) content = <Loading text={text} />;
  else if (cohortId === "") content = <NoCohort text={text} />;
  else if (!trainerPb.authStore.isValid)
    content = (
      <SignInFirst
        message={text("dashboard.state.signedOut")}
        link={text("common.trainerSignIn")}
        href={hrefs.signIn}
      />
    );
  else content = <CohortDashboard key={cohortId} cohortId={cohortId} hrefs={hrefs} />;
  return <DashboardProvider value={context}>{content}</DashboardProvider>;
}

/** `[data-dashboard][data-cohort]`, marked `[data-dashboard-ready]` once the figures and the table are drawn. */
function CohortDashboard({ cohortId, hrefs }: { cohortId: string; hrefs: DashboardProps["hrefs"] }) {
  const { data, error, reload } = useLoad(() => loadDashboard(cohortId), [cohortId]);
  const people = useParticipants(cohortId);
  const coached = useLoad(() => loadCohortCommitments(cohortId), [cohortId]);
  const { text, moduleTitles } = useDashboard();

  if (error) return <LoadFailed text={text} onRetry={reload} />;
  if (!data) return <Loading text={text} />;
  const links = {
    report: withCohort(hrefs.report[data.cohort.locale], cohortId),
    wall: withCohort(hrefs.wall, cohortId),
  };
  return (
    <div
      className="dashboard"
      data-dashboard=""
      data-cohort={cohortId}
      data-dashboard-ready={people.rows ? "" : undefined}
    >
      <CohortFacts data={data} />
      <DashboardActions cohortId={cohortId} links={links} />
      <Suspense fallback={null}>
        <CoachView commitments={coached.data} failed={coached.error !== null} />
      </Suspense>
      <ParticipantTable
        cohortId={cohortId}
        state={people}
        modules={moduleOrder(moduleTitles, data.commitments.byModule)}
        onRemoved={() => {
          reload();
          people.reload();
          coached.reload();
        }}
      />
      <OverviewCharts data={data} />
      <Suspense fallback={null}>
        <ResultsSection cohortId={cohortId} />
      </Suspense>
      <Suspense fallback={null}>
        <BuddiesSection cohortId={cohortId} />
      </Suspense>
      {data.email ? <FollowUpPanel cohortId={cohortId} email={data.email} /> : null}
      <GroupRobots cohortId={cohortId} />
      <SupervisorProposals cohortId={cohortId} />
      <ChannelsSection cohortId={cohortId} />
    </div>
  );
}
