// The two lists of a participant's details: commitments with status (each with the switch that hides it
// from the wall and the report), and check-ins newest first.
import type { CheckinsRecord, CommitmentsRecord } from "../../../lib/pocketbase-types";
import { formatDay, formatMoment } from "../../../lib/dates";
import { useDashboard } from "./dashboard-context";
import { moduleTitle } from "../../../lib/module-titles";
import { HiddenToggle } from "./HiddenToggle";

/** `ul[data-detail-commitments]`: each commitment with module, kind, status, confidence and due date. */
export function DetailCommitments({ commitments }: { commitments: readonly CommitmentsRecord[] }) {
  const { text, locale, moduleTitles } = useDashboard();
  return (
    <div>
      <h4>{text("common.commitments")}</h4>
      {commitments.length === 0 ? <p className="note">{text("dashboard.detail.noCommitments")}</p> : null}
      <ul className="dash-detail-list" data-detail-commitments="">
        {commitments.map((c) => (
          <li key={c.id} data-commitment={c.id} data-status={c.status}>
            <p className="dash-detail-action">{c.action}</p>
            <p className="note">
              <span className={`status-tag status-${c.status}`}>{text(`status.${c.status}`)}</span>{" "}
              {moduleTitle(moduleTitles, c.module)} · {text(`dashboard.kind.${c.kind}`)} ·{" "}
              {text("dashboard.detail.confidence", { score: c.confidence })}
              {c.dueOn ? ` · ${text("dashboard.detail.due", { date: formatDay(c.dueOn, locale) })}` : ""}
            </p>
            <HiddenToggle commitmentId={c.id} hidden={c.hidden} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** `ul[data-detail-checkins]`: each check-in with its date, status, note, whether quotable and its source. */
export function DetailCheckins({
  checkins,
  commitments,
}: {
  checkins: readonly CheckinsRecord[];
  commitments: readonly CommitmentsRecord[];
}) {
  const { text, locale } = useDashboard();
  const actionOf = new Map(commitments.map((c) => [c.id, c.action]));
  return (
    <div>
      <h4>{text("dashboard.detail.checkins")}</h4>
      {checkins.length === 0 ? <p className="note">{text("dashboard.detail.noCheckins")}</p> : null}
      <ul className="dash-detail-list" data-detail-checkins="">
        {checkins.map((ch) => (
          <li key={ch.id} data-checkin={ch.id} data-shareable={ch.shareable}>
            <p className="note">
              {formatMoment(ch.created, locale)} ·{" "}
              <span className={`status-tag status-${ch.status}`}>{text(`status.${ch.status}`)}</span> ·{" "}
              {text(ch.shareable ? "dashboard.detail.shareable" : "dashboard.detail.notShareable")} ·{" "}
              {text(`dashboard.detail.source.${ch.source}`)}
            </p>
            <p>{ch.note || text("dashboard.detail.noNote")}</p>
            {actionOf.has(ch.commitment) ? (
              <p className="note">{text("dashboard.detail.about", { action: actionOf.get(ch.commitment) ?? "" })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
