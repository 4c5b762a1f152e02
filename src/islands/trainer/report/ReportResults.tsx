// Results in the report: each client measure before and after, with how many values it rests on and the
// plain caveats; the participants' isolation estimates adjusted conservatively (estimate × confidence,
// non-answers as none); and a benefit-cost line only when the trainer gives the programme's cost and a
// value per unit (kept on this screen, not stored). src/lib/results-report.ts does the arithmetic.
import { useState } from "react";
import { benefitCost, resultChange, type IsolationFigures, type ResultChange } from "../../../lib/results-report";
import type { LevelFigures } from "../shared/cohort-api";
import { Level } from "./ReportLevels";
import type { ReportWords } from "./ReportBody";

type Measure = LevelFigures["results"][number];

/** The results, isolation and benefit-cost levels. */
export function ReportResults({
  results,
  isolation,
  words,
}: {
  results: LevelFigures["results"];
  isolation: IsolationFigures;
  words: ReportWords;
}) {
  const { text, locale } = words;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const source = (key: Parameters<typeof text>[0]) => text("report.levels.source", { source: text(key) });
  const changes = results.map((m) => ({ measure: m, change: resultChange(m) }));
  return (
    <>
      <Level id="results" title={text("report.levels.results")} source={source("report.levels.source.results")}>
        {changes.length === 0 ? <p>{text("report.levels.resultsNone")}</p> : null}
        {changes.map(({ measure, change }) => (
          <MeasureFigures key={measure.id} measure={measure} change={change} isolation={isolation} words={words} />
        ))}
        {changes.length ? <p className="report-caveat">{text("report.levels.resultsCaveat")}</p> : null}
      </Level>
      <Level id="isolation" title={text("report.levels.isolation")} source={source("report.levels.source.isolation")}>
        {isolation.respondents === 0 ? (
          <p>{text("report.levels.isolationNone", { asked: isolation.base })}</p>
        ) : (
          <p data-figure="isolation">
            {text("report.levels.isolationFigures", {
              respondents: isolation.respondents,
              asked: isolation.base,
              share: percent.format(isolation.meanShare ?? 0),
              sure: percent.format(isolation.meanSure ?? 0),
              adjusted: percent.format(isolation.adjustedShare),
            })}
          </p>
        )}
        <p className="report-caveat">{text("report.levels.isolationCaveat")}</p>
      </Level>
      {changes.length ? <BenefitCostLine changes={changes} isolation={isolation} words={words} /> : null}
    </>
  );
}

/** One measure's before and after, and the part of its change credited to the programme. */
function MeasureFigures(props: {
  measure: Measure;
  change: ResultChange;
  isolation: IsolationFigures;
  words: ReportWords;
}) {
  const { measure, change, isolation } = props;
  const { text, locale } = props.words;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const unit = measure.unit ? ` ${measure.unit}` : "";
  const day = (date: string) => date.slice(0, 10);
  return (
    <div className="report-measure" data-measure={measure.id}>
      <h4>
        {measure.name} · {text(`dashboard.results.direction.${measure.direction}`)}
      </h4>
      <table className="data-table">
        <tbody>
          <tr data-row="before">
            <th scope="row">{text("report.levels.before")}</th>
            <td>
              {number.format(measure.baseline)}
              {unit} ({day(measure.baselineOn)})
            </td>
          </tr>
          <tr data-row="after">
            <th scope="row">{text("report.levels.after")}</th>
            <td>
              {change.latest === null
                ? text("report.levels.afterNone")
                : `${number.format(change.latest)}${unit} (${change.latestOn}) · ${text("report.levels.laterValues", { n: change.laterValues })}`}
            </td>
          </tr>
          {change.change !== null ? (
            <tr data-row="change">
              <th scope="row">{text("report.levels.change")}</th>
              <td>
                {signed.format(change.change)}
                {unit} ·{" "}
                {text(
                  change.improved === null
                    ? "report.levels.same"
                    : change.improved
                      ? "report.levels.better"
                      : "report.levels.worse",
                )}
              </td>
            </tr>
          ) : null}
          {change.improvement > 0 ? (
            <tr data-row="credited">
              <th scope="row">{text("report.levels.credited")}</th>
              <td>
                {number.format(change.improvement * isolation.adjustedShare)}
                {unit}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

/** The trainer's cost and value per unit (on screen), and the line they allow, printed with the figures used. */
function BenefitCostLine(props: {
  changes: { measure: Measure; change: ResultChange }[];
  isolation: IsolationFigures;
  words: ReportWords;
}) {
  const { changes, isolation } = props;
  const { text, locale } = props.words;
  const [chosen, setChosen] = useState(changes[0]!.measure.id);
  const [cost, setCost] = useState("");
  const [value, setValue] = useState("");
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const read = (s: string) => Number(s.trim().replace(/,/g, ""));
  const picked = changes.find((c) => c.measure.id === chosen) ?? changes[0]!;
  const line = benefitCost(picked.change, isolation, { cost: read(cost), valuePerUnit: read(value) });
  return (
    <div className="report-level" data-level="roi">
      <h3>{text("report.levels.roi")}</h3>
      <div className="no-print form report-money">
        <p className="field-help">{text("report.levels.roiInputs")}</p>
        {changes.length > 1 ? (
          <div className="field">
            <label htmlFor="roi-measure">{text("report.levels.roiMeasure")}</label>
            <select id="roi-measure" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {changes.map(({ measure }) => (
                <option key={measure.id} value={measure.id}>
                  {measure.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="roi-value">{text("report.levels.roiValue", { unit: picked.measure.unit || "1" })}</label>
          <input id="roi-value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="roi-cost">{text("report.levels.roiCost")}</label>
          <input id="roi-cost" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </div>
      </div>
      {line ? (
        <>
          <p data-figure="roi">
            {text("report.levels.roiLine", {
              measure: picked.measure.name,
              benefit: money.format(line.benefit),
              cost: money.format(line.cost),
              ratio: ratio.format(line.ratio),
              roi: percent.format(line.roi),
            })}
          </p>
          <p className="report-source" data-source="">
            {text("report.levels.roiSource", {
              improvement: ratio.format(picked.change.improvement),
              unit: picked.measure.unit,
              share: percent.format(isolation.adjustedShare),
              value: money.format(read(value)),
            })}
          </p>
        </>
      ) : (
        <p data-figure="roi-none">{text("report.levels.roiNone")}</p>
      )}
    </div>
  );
}
