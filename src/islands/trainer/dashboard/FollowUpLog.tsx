// The delivery log: every follow-up of the cohort, newest due first, with why one failed or was skipped.
import type { FollowUpLogEntry } from "./dashboard-api";
import type { LogState } from "./FollowUpPanel";
import { followUpStateKey, useDashboard } from "./dashboard-context";
import type { IslandKey } from "../../../i18n/islands";
import { momentFormatter } from "../../../lib/dates";

/** Reasons the server writes in words of its own, shown in the page's language; others (SMTP errors) as they are. */
const REASONS: Readonly<Record<string, IslandKey<"dashboard">>> = {
  "no consent": "dashboard.followups.reason.noConsent",
  "other channels only": "dashboard.followups.reason.otherChannels",
  "no open commitments": "dashboard.followups.reason.noOpenCommitments",
  unsubscribed: "dashboard.followups.reason.unsubscribed",
  "superseded by a later round": "dashboard.followups.reason.superseded",
};

/** `table[data-delivery-log]` with `tr[data-followup][data-state]`, or what stands in for it. */
export function FollowUpLog({ log }: { log: LogState }) {
  const { text } = useDashboard();
  let body;
  if (log === null)
    body = (
      <p className="note" aria-live="polite">
        {text("dashboard.followups.log.loading")}
      </p>
    );
  else if (log === "failed")
    body = (
      <p className="form-error" role="alert">
        {text("dashboard.followups.log.failed")}
      </p>
    );
  else if (log.length === 0)
    body = (
      <p className="note" data-delivery-log-empty="">
        {text("dashboard.followups.log.empty")}
      </p>
    );
  else body = <LogTable entries={log} />;
  return (
    <div className="dash-followups-log">
      <h3 id="dash-log-heading">{text("dashboard.followups.log.heading")}</h3>
      {body}
    </div>
  );
}

/** How a follow-up with a day is named (`round` is that day: after the workshop, or after committing). */
const KIND_KEYS = {
  round: "dashboard.followups.log.kindRound",
  touch: "dashboard.followups.log.kindTouch",
  nudge: "dashboard.followups.log.kindNudge",
  still: "dashboard.followups.log.kindStill",
} as const;

function LogTable({ entries }: { entries: readonly FollowUpLogEntry[] }) {
  const { text, locale } = useDashboard();
  const none = text("dashboard.followups.log.notYet");
  const when = momentFormatter(locale, { dateStyle: "medium", timeStyle: "short" });
  const columns = [
    ["participant", "common.participant"],
    ["kind", "common.kind"],
    ["due", "dashboard.followups.log.due"],
    ["sent", "dashboard.followups.log.sent"],
    ["attempts", "dashboard.followups.log.attempts"],
    ["state", "dashboard.followups.log.state"],
    ["reason", "dashboard.followups.log.reason"],
  ] as const;
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="dash-log-heading" data-delivery-log="">
        <caption>{text("dashboard.followups.log.caption")}</caption>
        <thead>
          <tr>
            {columns.map(([column, heading]) => (
              <th key={column} scope="col" className={column === "attempts" ? "num" : undefined}>
                {text(heading)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((f) => {
            const reason = REASONS[f.lastError];
            return (
              <tr key={f.id} data-followup={f.id} data-state={f.state}>
                <th scope="row">{f.expand?.participant?.name ?? text("dashboard.followups.log.unknownParticipant")}</th>
                <td>
                  {f.kind === "due"
                    ? text("dashboard.followups.log.kindDue")
                    : text(KIND_KEYS[f.kind], { day: f.round })}
                </td>
                <td>{when(f.dueAt) || none}</td>
                <td>{when(f.sentAt) || none}</td>
                <td className="num">{f.attempts}</td>
                <td>
                  <span className={`followup-state followup-state-${f.state}`}>{text(followUpStateKey(f.state))}</span>
                </td>
                <td className="dash-reason">{reason ? text(reason) : f.lastError}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
