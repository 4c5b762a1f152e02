// Behaviour seen by buddies, beside what participants report about themselves: how many had a buddy
// (both agreed), how often they encouraged and how often one tapped "I saw them do it", each count with
// the number of people it comes from and its source. Counts only: never a name or a word.
import type { BuddyFigures } from "../shared/cohort-api";
import type { ReportWords } from "./ReportBody";

/** `section[data-report-buddies]`; each row `[data-buddy-figure=<name>]`. */
export function ReportBuddies({ figures, words }: { figures: BuddyFigures | undefined; words: ReportWords }) {
  const { text } = words;
  if (!figures) return null;
  const of = (n: number, total: number) => text("report.buddies.of", { n, total });
  const rows: Array<[string, string, string]> = [
    ["buddies", text("report.buddies.buddies"), of(figures.buddies, figures.participants)],
    ["encouragements", text("report.buddies.encouragements"), String(figures.encouragements)],
    ["encouragers", text("report.buddies.encouragers"), of(figures.encouragers, figures.buddies)],
    ["observations", text("report.buddies.observations"), String(figures.observations)],
    ["observed", text("report.buddies.observed"), of(figures.observedParticipants, figures.buddies)],
  ];
  return (
    <section className="report-section" aria-labelledby="report-buddies-heading" data-report-buddies="">
      <h2 id="report-buddies-heading">{text("report.buddies.heading")}</h2>
      <p className="note">{text("report.buddies.source")}</p>
      {figures.buddies === 0 ? (
        <p className="note">{text("report.buddies.none")}</p>
      ) : (
        <table>
          <tbody>
            {rows.map(([name, label, value]) => (
              <tr key={name} data-buddy-figure={name}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
