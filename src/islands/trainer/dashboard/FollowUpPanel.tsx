// The dashboard's follow-up emails: whether email is set up, answers per round, the outbox, preview,
// send now and the delivery log. It keeps its own copy of the `email` figures so "send now" can refresh
// just this section.
import { useCallback, useState } from "react";
import { useLoad } from "../../shared/use-load";
import { loadFollowUpLog, type FollowUpLogEntry } from "./dashboard-api";
import { loadDashboard, type EmailSummary } from "../shared/cohort-api";
import { FollowUpLog } from "./FollowUpLog";
import { FollowUpNotice } from "./FollowUpNotice";
import { FollowUpPreviewButton } from "./FollowUpPreview";
import { FollowUpRounds } from "./FollowUpRounds";
import { FollowUpSendNow } from "./FollowUpSendNow";
import { useDashboard } from "./dashboard-context";

/** The log as loaded: null while loading, "failed" when it could not be. */
export type LogState = FollowUpLogEntry[] | null | "failed";

/** The section's figures and log, and a refresh that reloads both. */
function useFollowUps(cohortId: string, initial: EmailSummary) {
  const [version, setVersion] = useState(0);
  const log = useLoad(() => loadFollowUpLog(cohortId), [cohortId, version]);
  // After a send, the figures are read again; until then (or when that read fails) the dashboard's stay.
  const figures = useLoad(version > 0 ? () => loadDashboard(cohortId) : null, [cohortId, version]);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  const state: LogState = log.error ? "failed" : log.data;
  return { email: figures.data?.email ?? initial, log: state, refresh };
}

/** `section[data-followups]`. */
export function FollowUpPanel({ cohortId, email: initial }: { cohortId: string; email: EmailSummary }) {
  const { text } = useDashboard();
  const { email, log, refresh } = useFollowUps(cohortId, initial);
  return (
    <section
      className="dash-section dash-followups"
      aria-labelledby="dash-followups-heading"
      data-followups=""
      data-email-configured={email.configured ? "true" : "false"}
    >
      <h2 id="dash-followups-heading">{text("dashboard.followups.heading")}</h2>
      {email.configured ? null : <FollowUpNotice />}
      <FollowUpRounds email={email} />
      <div className="dash-followups-actions no-print">
        <FollowUpPreviewButton cohortId={cohortId} />
        <FollowUpSendNow cohortId={cohortId} configured={email.configured} onSent={refresh} />
      </div>
      <FollowUpLog log={log} />
    </section>
  );
}
