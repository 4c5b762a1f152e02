// The dashboard's follow-up emails: whether email is set up, answers per round, the outbox, preview,
// send now and the delivery log. It keeps its own copy of the `email` figures so "send now" can refresh
// just this section.
import { useCallback, useEffect, useState } from "react";
import { loadDashboard, loadFollowUpLog, type EmailSummary, type FollowUpLogEntry } from "./dashboard-api";
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
  const [email, setEmail] = useState(initial);
  const [log, setLog] = useState<LogState>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    loadFollowUpLog(cohortId).then(
      (items) => current && setLog(items),
      () => current && setLog("failed"),
    );
    if (version > 0) {
      loadDashboard(cohortId).then(
        (data) => current && data.email && setEmail(data.email),
        () => undefined,
      );
    }
    return () => {
      current = false;
    };
  }, [cohortId, version]);

  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  return { email, log, refresh };
}

/** `section[data-followups]`. */
export function FollowUpPanel({ cohortId, email: initial }: { cohortId: string; email: EmailSummary }) {
  const { text } = useDashboard();
  const { email, log, refresh } = useFollowUps(cohortId, initial);
  return (
    <section className="dash-section dash-followups" aria-labelledby="dash-followups-heading" data-followups="" data-email-configured={email.configured ? "true" : "false"}>
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
