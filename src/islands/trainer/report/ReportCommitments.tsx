// Commitments by module and kind: a count table, then under each module the commitments participants
// shared with their group, word for word. A name appears only where the participant agreed to be named
// (the server sends "" otherwise). Commitments kept for the trainer (private, or taken off the wall)
// arrive only as counts per module and status, and are shown as such.
import { KINDS, STATUSES, type Kind, type ReportData } from "../shared/cohort-api";
import { moduleOrder, moduleTitle } from "../../../lib/module-titles";
import type { ReportWords } from "./ReportBody";

type Commitment = ReportData["commitmentList"][number];
type NotShown = ReportData["notShown"];

interface ReportCommitmentsProps {
  list: readonly Commitment[];
  notShown: NotShown;
  words: ReportWords;
}

interface ModuleRow {
  kinds: Record<Kind, number>;
  notShown: number;
}

/** Counts per module: shared commitments by kind, and those not shown (the report has all, so no second request). */
function crossTab(list: readonly Commitment[], notShown: NotShown): Record<string, ModuleRow> {
  const table: Record<string, ModuleRow> = {};
  const row = (module: string) => (table[module] ??= { kinds: { personal: 0, team: 0, organization: 0 }, notShown: 0 });
  for (const c of list) row(c.module).kinds[c.kind] += 1;
  for (const n of notShown) row(n.module).notShown += n.count;
  return table;
}

const rowTotal = (row: ModuleRow) => KINDS.reduce((sum, k) => sum + row.kinds[k], 0) + row.notShown;

/** `section[data-report-commitments]`. */
export function ReportCommitments({ list, notShown, words }: ReportCommitmentsProps) {
  const { text, moduleTitles } = words;
  const counts = crossTab(list, notShown);
  const modules = moduleOrder(moduleTitles, counts).filter((slug) => counts[slug]);
  const rows = modules.map((slug) => counts[slug]!);
  const sum = (pick: (row: ModuleRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return (
    <section className="report-section" aria-labelledby="report-commitments-heading" data-report-commitments="">
      <h2 id="report-commitments-heading">{text("report.commitments.heading")}</h2>
      <p>{text("report.commitments.intro")}</p>
      {modules.length === 0 ? <p className="note">{text("report.commitments.none")}</p> : null}
      {modules.length > 0 ? (
        <div className="report-table-scroll">
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
                  {text("report.commitments.notShownColumn")}
                </th>
                <th scope="col" className="num">
                  {text("common.total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {modules.map((slug) => {
                const row = counts[slug]!;
                return (
                  <tr key={slug} data-module={slug}>
                    <th scope="row">{moduleTitle(moduleTitles, slug)}</th>
                    {KINDS.map((k) => (
                      <td key={k} className="num">
                        {row.kinds[k]}
                      </td>
                    ))}
                    <td className="num">{row.notShown}</td>
                    <td className="num">{rowTotal(row)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{text("common.total")}</th>
                {KINDS.map((k) => (
                  <td key={k} className="num">
                    {sum((row) => row.kinds[k])}
                  </td>
                ))}
                <td className="num">{sum((row) => row.notShown)}</td>
                <td className="num">{sum(rowTotal)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {modules.map((slug) => (
        <ModuleCommitments
          key={slug}
          title={moduleTitle(moduleTitles, slug)}
          total={rowTotal(counts[slug]!)}
          words={words}
          items={list.filter((c) => c.module === slug)}
          notShown={notShown.filter((n) => n.module === slug)}
        />
      ))}
    </section>
  );
}

interface ModuleCommitmentsProps {
  title: string;
  total: number;
  items: readonly Commitment[];
  notShown: NotShown;
  words: ReportWords;
}

function ModuleCommitments({ title, total, items, notShown, words }: ModuleCommitmentsProps) {
  const { text } = words;
  const notShownCount = notShown.reduce((sum, n) => sum + n.count, 0);
  const statuses = STATUSES.flatMap((status) => {
    const count = notShown.filter((n) => n.status === status).reduce((sum, n) => sum + n.count, 0);
    return count ? [text("report.commitments.statusCount", { status: text(`status.${status}`), count })] : [];
  });
  return (
    <div className="report-module">
      <h3>
        {title} <span className="note">{text("report.commitments.moduleCount", { count: total })}</span>
      </h3>
      {items.length > 0 ? (
        <div className="report-table-scroll">
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
      ) : null}
      {notShownCount > 0 ? (
        <p className="note" data-not-shown={notShownCount}>
          {text("report.commitments.notShown", {
            count: notShownCount,
            statuses: statuses.join(text("report.commitments.statusSeparator")),
          })}
        </p>
      ) : null}
    </div>
  );
}
