// The dashboard island for /trainer/cohort/?cohort=<id>: the cohort's figures and charts, downloads and
// links, and the participant table; or what is missing to show them (the cohort, the trainer's sign-in).
import { useMemo } from "react";
import { trainerPb } from "../../../lib/pocketbase";
import { CohortFacts } from "./CohortFacts";
import { DashboardActions } from "./DashboardActions";
import { FollowUpPanel } from "./FollowUpPanel";
import { loadDashboard, type DashboardData } from "./dashboard-api";
import { moduleOrder, OverviewCharts } from "./OverviewCharts";
import { LoadFailed, Loading, NoCohort, SignInFirst } from "./PageStates";
import { ParticipantTable } from "./ParticipantTable";
import { DashboardContext, textFor, useDashboard, type DashboardStrings } from "./strings";
import { useCohortParam, withCohort } from "./use-cohort-param";
import { useCohortData } from "./use-cohort-data";
import { useParticipants } from "./use-participants";

/** Props DashboardPage passes; strings and module titles are already in the page's language. */
export interface DashboardProps {
  locale: "zh-CN" | "en";
  strings: DashboardStrings;
  /** Module slug to title, in course order. */
  moduleTitles: Readonly<Record<string, string>>;
  /** Trainer sign-in, the wall in the page's language, and the report page in each language. */
  hrefs: { signIn: string; wall: string; report: Readonly<Record<"zh-CN" | "en", string>> };
}

/** The island's root. */
export default function Dashboard({ locale, strings, moduleTitles, hrefs }: DashboardProps) {
  const context = useMemo(() => ({ text: textFor(strings), locale, moduleTitles }), [strings, locale, moduleTitles]);
  const cohortId = useCohortParam();
  let content;
  if (cohortId === null) content = <Loading />;
  else if (cohortId === "") content = <NoCohort />;
  else if (!trainerPb.authStore.isValid) content = <SignInFirst href={hrefs.signIn} />;
  else content = <CohortDashboard key={cohortId} cohortId={cohortId} hrefs={hrefs} />;
  return <DashboardContext.Provider value={context}>{content}</DashboardContext.Provider>;
}

/** `[data-dashboard][data-cohort]`, marked `[data-dashboard-ready]` once the figures and the table are drawn. */
function CohortDashboard({ cohortId, hrefs }: { cohortId: string; hrefs: DashboardProps["hrefs"] }) {
  const { data, failed, retry } = useCohortData<DashboardData>(cohortId, loadDashboard);
  const people = useParticipants(cohortId);
  const { moduleTitles } = useDashboard();

  if (failed) return <LoadFailed onRetry={retry} />;
  if (!data) return <Loading />;
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
      <OverviewCharts data={data} />
      {data.email ? <FollowUpPanel cohortId={cohortId} email={data.email} /> : null}
      <ParticipantTable state={people} modules={moduleOrder(moduleTitles, data.commitments.byModule)} />
    </div>
  );
}
