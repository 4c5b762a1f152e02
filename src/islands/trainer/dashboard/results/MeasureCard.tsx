// One result measure: what it is, its baseline and later values (each with its change from the
// baseline), a form to type a value, a CSV import, and removing a value or the whole measure.
import { useState } from "react";
import { resultChange } from "../../../../lib/results-report";
import { useDashboard } from "../dashboard-context";
import { ValueEntry } from "./ValueEntry";
import { deleteMeasure, deleteValue, type MeasureWithValues } from "./results-api";

/** `article[data-measure=<id>]`. */
export function MeasureCard({ item, onChanged }: { item: MeasureWithValues; onChanged: () => void }) {
  const { text, locale, moduleTitles } = useDashboard();
  const { measure, values } = item;
  const [confirming, setConfirming] = useState(false);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const day = (date: string) => date.slice(0, 10);
  const unit = measure.unit ? ` ${measure.unit}` : "";
  const change = resultChange({ ...measure, values });
  const modules = measure.modules
    .split(",")
    .filter(Boolean)
    .map((slug) => moduleTitles[slug] ?? slug);
  return (
    <article className="dash-measure" data-measure={measure.id}>
      <h3>{measure.name}</h3>
      <p className="note">
        {text(`dashboard.results.direction.${measure.direction}`)}
        {modules.length ? ` · ${text("dashboard.results.modules", { modules: modules.join("、") })}` : ""}
      </p>
      <p data-measure-baseline="">
        {text("dashboard.results.baseline", {
          value: `${number.format(measure.baseline)}${unit}`,
          date: day(measure.baselineOn),
        })}
      </p>
      {change.latest !== null && change.change !== null ? (
        <p data-measure-change={change.improved === null ? "none" : change.improved ? "better" : "worse"}>
          {text(
            change.improved === null
              ? "dashboard.results.changeNone"
              : change.improved
                ? "dashboard.results.changeBetter"
                : "dashboard.results.changeWorse",
            {
              value: `${number.format(change.latest)}${unit}`,
              date: change.latestOn,
              change: `${signed.format(change.change)}${unit}`,
            },
          )}
        </p>
      ) : null}
      {values.length ? (
        <table className="data-table" data-measure-values="">
          <thead>
            <tr>
              <th scope="col">{text("dashboard.results.field.measuredOn")}</th>
              <th scope="col" className="num">
                {text("dashboard.results.field.value")}
              </th>
              <th scope="col">
                <span className="visually-hidden">{text("dashboard.results.removeValue")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.id} data-value-day={day(v.measuredOn)}>
                <td>{day(v.measuredOn)}</td>
                <td className="num">{number.format(v.value)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={text("dashboard.results.removeValueOf", { date: day(v.measuredOn) })}
                    onClick={() => void deleteValue(v.id).then(onChanged, onChanged)}
                  >
                    {text("dashboard.results.removeValue")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="note">{text("dashboard.results.noValues")}</p>
      )}
      <ValueEntry measureId={measure.id} onChanged={onChanged} />
      <button
        type="button"
        className="button button-secondary"
        data-remove-measure=""
        onClick={() => (confirming ? void deleteMeasure(measure.id).then(onChanged, onChanged) : setConfirming(true))}
      >
        {text(confirming ? "dashboard.results.removeMeasureConfirm" : "dashboard.results.removeMeasure")}
      </button>
    </article>
  );
}
