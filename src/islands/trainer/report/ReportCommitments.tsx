// Commitments by module and kind: a count table, then every commitment under its module. A name appears
// only where the participant agreed to be named (the server sends "" otherwise).
import { KINDS, type Kind, type ReportData } from "../shared/cohort-api";
import { moduleOrder, moduleTitle } from "../../../lib/module-titles";
import type { ReportWords } from "./ReportBody";

type Commitment = ReportData["commitmentList"][number];

interface ReportCommitmentsProps {
  list: readonly Commitment[];
  words: ReportWords;
}

/** Counts per module and kind from the list (the report has every commitment, so no second request). */
function crossTab(list: readonly Commitment[]): Record<string, Record<Kind, number>> {
  const table: Record<string, Record<Kind, number>> = {};
  for (const c of list) {
    const row = (table[c.module] ??= { personal: 0, team: 0, organization: 0 });
    row[c.kind] += 1;
  }
  return table;
}

/** `section[data-report-commitments]`. */
export function ReportCommitments({ list, words }: ReportCommitmentsProps) {
  const { text, moduleTitles } = words;
  const counts = crossTab(list);
  const modules = moduleOrder(moduleTitles, counts).filter((slug) => counts[slug]);
  const total = (row: Record<Kind, number>) => KINDS.reduce((sum, k) => sum + row[k], 0);
  return (
    <section className="report-section" aria-labelledby="report-commitments-heading" data-report-commitments="">
      <h2 id="report-commitments-heading">{text("report.commitments.heading")}</h2>
      <p>{text("report.commitments.intro")}</p>
      {list.length === 0 ? <p className="note">{text("report.commitments.none")}</p> : null}
      {list.length > 0 ? (
        <table className="data-table">
          <caption>{text("report.commitments.summary")}</caption>
          <thead>
            <tr>
              <th scope="col">{text("common.module")}</th>
              {KINDS.map((k) => (
                <th key={k} scope="col" className="num">
                  {text(`dashboard.kind.${k}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {text("common.total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {modules.map((slug) => {
              const row = counts[slug] ?? { personal: 0, team: 0, organization: 0 };
              return (
                <tr key={slug} data-module={slug}>
                  <th scope="row">{moduleTitle(moduleTitles, slug)}</th>
                  {KINDS.map((k) => (
                    <td key={k} className="num">
                      {row[k]}
                    </td>
                  ))}
                  <td className="num">{total(row)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{text("common.total")}</th>
              {KINDS.map((k) => (
                <td key={k} className="num">
                  {list.filter((c) => c.kind === k).length}
                </td>
              ))}
              <td className="num">{list.length}</td>
            </tr>
          </tfoot>
        </table>
      ) : null}
      {modules.map((slug) => (
        <ModuleCommitments
          key={slug}
          title={moduleTitle(moduleTitles, slug)}
          items={list.filter((c) => c.module === slug)}
          words={words}
        />
      ))}
    </section>
  );
}

function ModuleCommitments({
  title,
  items,
  words,
}: {
  title: string;
  items: readonly Commitment[];
  words: ReportWords;
}) {
  const { text } = words;
  return (
    <div className="report-module">
      <h3>
        {title} <span className="note">{text("report.commitments.moduleCount", { count: items.length })}</span>
      </h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{text("report.commitments.action")}</th>
            <th scope="col">{text("common.kind")}</th>
            <th scope="col">{text("common.status")}</th>
            <th scope="col">{text("common.participant")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} data-commitment={c.id}>
              <td>{c.action}</td>
              <td>{text(`dashboard.kind.${c.kind}`)}</td>
              <td>{text(`status.${c.status}`)}</td>
              <td data-named={c.participant !== ""}>
                {c.participant || <span className="note">{text("report.commitments.anonymous")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
