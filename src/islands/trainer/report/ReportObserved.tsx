// Behaviour as reported and as observed: per module and the status participants report themselves, how
// many commitments there are, how many participants shared with a supervisor, how many a supervisor
// talked over or saw done, and how many a buddy saw done (pb_hooks/lib/supervisor-report.js), with the
// sample sizes and where each figure came from. Counts only, never a note or a name.
import { moduleTitle } from "../../../lib/module-titles";
import type { ObservedFigures } from "../shared/cohort-api";
import type { ReportWords } from "./ReportBody";

const COLUMNS = ["commitments", "shared", "discussed", "observed", "buddySeen"] as const;

/** `section[data-report-observed]`, one row per module and self-reported status (`tr[data-observed=<module>:<status>]`). */
export function ReportObserved({ observed, words }: { observed: ObservedFigures | undefined; words: ReportWords }) {
  const { text, moduleTitles } = words;
  const rows = observed?.byStatus ?? [];
  const anyShared = rows.some((r) => r.shared > 0 || r.buddySeen > 0);
  return (
    <section className="report-section" data-report-observed="" aria-labelledby="report-observed-heading">
      <h2 id="report-observed-heading">{text("report.observed.heading")}</h2>
      <p className="note">{text("report.observed.intro")}</p>
      {!anyShared ? <p className="note">{text("report.observed.none")}</p> : null}
      {rows.length ? (
        <div className="report-table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{text("common.module")}</th>
                <th scope="col">{text("report.observed.status")}</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className="num">
                    {text(`report.observed.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.module}:${r.status}`} data-observed={`${r.module}:${r.status}`}>
                  <th scope="row">{moduleTitle(moduleTitles, r.module)}</th>
                  <td>{text(`status.${r.status}`)}</td>
                  {COLUMNS.map((c) => (
                    <td key={c} className="num" data-column={c}>
                      {r[c]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {observed?.supervisorsByModule.length ? (
        <ul>
          {observed.supervisorsByModule.map((m) => (
            <li key={m.module}>
              {text("report.observed.supervisors", {
                module: moduleTitle(moduleTitles, m.module),
                count: m.supervisors,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="report-source" data-source="">
        {text("report.observed.source", { supervisors: observed?.supervisors ?? 0 })}
      </p>
    </section>
  );
}
