// The coach's view in the room: which commitments are vague, have no moment or no measure, by the same
// rules the participant's form used while they wrote (src/lib/coach-review.ts), so the trainer can talk
// to the person before they leave. Computed in the browser from the cohort's commitments.
import { useMemo } from "react";
import { COACH_GAPS, reviewCommitments } from "../../../lib/coach-review";
import type { CoachedCommitment } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";
import { HiddenToggle } from "./HiddenToggle";
import { nameCollator } from "./participant-order";

interface CoachViewProps {
  commitments: readonly CoachedCommitment[] | null;
  failed: boolean;
}

const nameOf = (c: CoachedCommitment) => c.expand?.participant?.name ?? "";

/** `section[data-coach-view]` with `[data-coach-count=<gap>]` and `tr[data-coach-commitment=<id>][data-gaps]`. */
export function CoachView({ commitments, failed }: CoachViewProps) {
  const { text, locale } = useDashboard();
  const review = useMemo(() => {
    if (!commitments) return null;
    const { flagged, counts } = reviewCommitments(commitments, locale);
    flagged.sort((a, b) => nameCollator.compare(nameOf(a.commitment), nameOf(b.commitment)));
    return { flagged, counts };
  }, [commitments, locale]);

  return (
    <section className="dash-section dash-coach" aria-labelledby="dash-coach-heading" data-coach-view="">
      <h2 id="dash-coach-heading">{text("dashboard.coach.heading")}</h2>
      <p>{text("dashboard.coach.intro")}</p>
      {failed ? (
        <p className="form-error" role="alert">
          {text("dashboard.coach.failed")}
        </p>
      ) : null}
      {!review && !failed ? <p className="note">{text("dashboard.state.loading")}</p> : null}
      {review ? (
        <>
          <dl className="dash-coach-counts">
            {COACH_GAPS.map((gap) => (
              <div key={gap} data-coach-count={gap}>
                <dt>{text(`dashboard.coach.gap.${gap}`)}</dt>
                <dd>{review.counts[gap]}</dd>
              </div>
            ))}
          </dl>
          {review.flagged.length === 0 ? (
            <p className="note" data-coach-empty="">
              {text(commitments?.length ? "dashboard.coach.allGood" : "dashboard.chart.empty")}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="data-table dash-coach-table">
                <caption>{text("dashboard.coach.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text("dashboard.people.name")}</th>
                    <th scope="col">{text("common.commitments")}</th>
                    <th scope="col">{text("dashboard.coach.gaps")}</th>
                    <th scope="col" id="dash-coach-hide">
                      {text("dashboard.hide.label")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {review.flagged.map(({ commitment: c, gaps }) => (
                    <tr key={c.id} data-coach-commitment={c.id} data-gaps={gaps.join(" ")}>
                      <th scope="row">{nameOf(c)}</th>
                      <td>{c.action}</td>
                      <td>
                        <ul className="dash-gaps">
                          {gaps.map((gap) => (
                            <li key={gap} className={`dash-gap dash-gap-${gap}`}>
                              {text(`dashboard.coach.gap.${gap}`)}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <HiddenToggle commitmentId={c.id} hidden={c.hidden} columnHeading="dash-coach-hide" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
