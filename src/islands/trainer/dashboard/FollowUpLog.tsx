// The delivery log: every follow-up of the cohort, newest due first, with why one failed or was skipped.
import type { FollowUpLogEntry } from "./dashboard-api";
import type { LogState } from "./FollowUpPanel";
import { useDashboard, type DashboardStringKey } from "./strings";

/** Reasons the server writes in words of its own, shown in the page's language; others (SMTP errors) as they are. */
const REASONS: Readonly<Record<string, DashboardStringKey>> = {
  "no consent": "dashboard.followups.reason.noConsent",
  "no open commitments": "dashboard.followups.reason.noOpenCommitments",
  unsubscribed: "dashboard.followups.reason.unsubscribed",
  "superseded by a later round": "dashboard.followups.reason.superseded",
};

/** Date and time of a PocketBase timestamp in the device's zone; "" when there is none. */
function formatWhen(value: string, locale: "zh-CN" | "en"): string {
  const ms = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(ms) ? "" : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms));
}

/** `table[data-delivery-log]` with `tr[data-followup][data-state]`, or what stands in for it. */
export function FollowUpLog({ log }: { log: LogState }) {
  const { text } = useDashboard();
  let body;
  if (log === null) body = <p className="note" aria-live="polite">{text("dashboard.followups.log.loading")}</p>;
  else if (log === "failed") body = <p className="form-error" role="alert">{text("dashboard.followups.log.failed")}</p>;
  else if (log.length === 0) body = <p className="note" data-delivery-log-empty="">{text("dashboard.followups.log.empty")}</p>;
  else body = <LogTable entries={log} />;
  return (
    <div className="dash-followups-log">
      <h3 id="dash-log-heading">{text("dashboard.followups.log.heading")}</h3>
      {body}
    </div>
  );
}

function LogTable({ entries }: { entries: readonly FollowUpLogEntry[] }) {
  const { text, locale } = useDashboard();
  const none = text("dashboard.followups.log.notYet");
  const columns = ["participant", "kind", "due", "sent", "attempts", "state", "reason"] as const;
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="dash-log-heading" data-delivery-log="">
        <caption>{text("dashboard.followups.log.caption")}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={c === "attempts" ? "num" : undefined}>{text(`dashboard.followups.log.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((f) => {
            const reason = REASONS[f.lastError];
            return (
              <tr key={f.id} data-followup={f.id} data-state={f.state}>
                <th scope="row">{f.expand?.participant?.name ?? text("dashboard.followups.log.unknownParticipant")}</th>
                <td>{f.kind === "due" ? text("dashboard.followups.log.kindDue") : text("dashboard.followups.log.kindRound", { day: f.round })}</td>
                <td>{formatWhen(f.dueAt, locale) || none}</td>
                <td>{formatWhen(f.sentAt, locale) || none}</td>
                <td className="num">{f.attempts}</td>
                <td><span className={`followup-state followup-state-${f.state}`}>{text(`dashboard.followups.state.${f.state}`)}</span></td>
                <td className="dash-reason">{reason ? text(reason) : f.lastError}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
