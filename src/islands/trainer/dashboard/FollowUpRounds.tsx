// Answers per follow-up round, as a table, and the outbox counted by state.
import { percent } from "../../../lib/charts";
import { FOLLOWUP_STATES, type EmailSummary } from "../shared/cohort-api";
import { followUpStateKey, useDashboard } from "./dashboard-context";

/** `table[data-rounds]` (rows `tr[data-round]`) and `dl[data-outbox]` (each count in `dd[data-outbox-state]`). */
export function FollowUpRounds({ email }: { email: EmailSummary }) {
  const { text, locale } = useDashboard();
  const number = new Intl.NumberFormat(locale);
  const rounds = [...email.rounds].sort((a, b) => a.round - b.round);
  return (
    <div className="dash-followups-figures">
      <div>
        <h3 id="dash-rounds-heading">{text("dashboard.followups.rounds.heading")}</h3>
        {rounds.length === 0 ? (
          <p className="note" data-rounds-empty="">
            {text("dashboard.followups.rounds.empty")}
          </p>
        ) : null}
        <div className="table-scroll">
          <table
            className="data-table"
            aria-labelledby="dash-rounds-heading"
            data-rounds=""
            hidden={rounds.length === 0}
          >
            <caption>{text("dashboard.followups.rounds.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{text("dashboard.followups.rounds.round")}</th>
                <th scope="col" className="num">
                  {text("common.sent")}
                </th>
                <th scope="col" className="num">
                  {text("dashboard.followups.rounds.answered")}
                </th>
                <th scope="col" className="num">
                  {text("dashboard.followups.rounds.rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.round} data-round={r.round}>
                  <th scope="row">{text("dashboard.followups.rounds.day", { day: r.round })}</th>
                  <td className="num" data-sent="">
                    {number.format(r.sent)}
                  </td>
                  <td className="num" data-answered="">
                    {number.format(r.answered)}
                  </td>
                  <td className="num" data-rate="">
                    {percent(r.responseRate, 1)}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div>
        <h3 id="dash-outbox-heading">{text("dashboard.followups.outbox.heading")}</h3>
        <dl className="dash-outbox" aria-labelledby="dash-outbox-heading" data-outbox="">
          {FOLLOWUP_STATES.map((state) => (
            <div key={state}>
              <dt>{text(followUpStateKey(state))}</dt>
              <dd data-outbox-state={state}>{number.format(email.followups[state] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
