// The coach's view in the room: which commitments are vague, bundle several actions, have no moment or
// no measure, by the same rules the participant's form used while they wrote and in the same words as
// the wall's moderation list (src/lib/wall-coach.ts), so the trainer can talk to the person before they
// leave. Computed in the browser from the cohort's commitments.
import { useMemo } from "react";
import { cardGaps, COACH_GAPS, gapCounts, type CardGap } from "../../../lib/wall-coach";
import type { IslandText } from "../../../i18n/islands";
import type { CoachedCommitment } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";
import { HiddenToggle } from "./HiddenToggle";
import { nameCollator } from "./participant-order";

interface CoachViewProps {
  commitments: readonly CoachedCommitment[] | null;
  failed: boolean;
}

const nameOf = (c: CoachedCommitment) => c.expand?.participant?.name ?? "";

/** The gap as the wall names it, quoting the coach's word where it found one. */
function gapLabel({ gap, word }: CardGap, text: IslandText<"dashboard">): string {
  if (word && (gap === "vague" || gap === "no-moment")) return text(`wall.gap.${gap}.word`, { word });
  return text(`wall.gap.${gap}`);
}

/** `section[data-coach-view]` with `[data-coach-count=<gap>]` and `tr[data-coach-commitment=<id>][data-gaps]`. */
export function CoachView({ commitments, failed }: CoachViewProps) {
  const { text, locale } = useDashboard();
  const review = useMemo(() => {
    if (!commitments) return null;
    const reviewed = commitments.map((commitment) => ({ commitment, gaps: cardGaps(commitment, locale) }));
    const flagged = reviewed.filter(({ gaps }) => gaps.length);
    flagged.sort((a, b) => nameCollator.compare(nameOf(a.commitment), nameOf(b.commitment)));
    return { flagged, counts: gapCounts(reviewed.map(({ gaps }) => gaps)) };
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
                <dt>{text(`wall.gap.${gap}`)}</dt>
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
                    <tr key={c.id} data-coach-commitment={c.id} data-gaps={gaps.map(({ gap }) => gap).join(" ")}>
                      <th scope="row">{nameOf(c)}</th>
                      <td>{c.action}</td>
                      <td>
                        <ul className="dash-gaps">
                          {gaps.map((g) => (
                            <li key={g.gap} className={`dash-gap dash-gap-${g.gap}`}>
                              {gapLabel(g, text)}
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
