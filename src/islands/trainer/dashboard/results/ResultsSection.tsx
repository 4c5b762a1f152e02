// The cohort's results on the dashboard: one to three client measures (complaints per 1,000 orders, a
// satisfaction score …) with a baseline and later values, typed or imported from CSV, and the modules
// meant to move each. Loaded when the dashboard is drawn, apart from its first script (Dashboard.tsx).
import { useLoad } from "../../../shared/use-load";
import { useDashboard } from "../dashboard-context";
import { MeasureCard } from "./MeasureCard";
import { MeasureForm } from "./MeasureForm";
import { loadResults } from "./results-api";

/** Measures one cohort may have (pb_hooks/lib/results.js keeps the same limit). */
const MAX_MEASURES = 3;

/** `section[data-results]`: each measure, then the form for another while fewer than three. */
export function ResultsSection({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const { data, error, reload } = useLoad(() => loadResults(cohortId), [cohortId]);
  return (
    <section className="dash-section" data-results="" aria-labelledby="dash-results-heading">
      <h2 id="dash-results-heading">{text("dashboard.results.heading")}</h2>
      <p className="note">{text("dashboard.results.intro")}</p>
      {error ? (
        <p className="form-error" role="alert">
          {text("dashboard.results.loadFailed")}{" "}
          <button type="button" className="button button-secondary" onClick={reload}>
            {text("common.retry")}
          </button>
        </p>
      ) : null}
      {data?.map((item) => (
        <MeasureCard key={item.measure.id} item={item} onChanged={reload} />
      ))}
      {data && data.length < MAX_MEASURES ? <MeasureForm cohortId={cohortId} onSaved={reload} /> : null}
      {data && data.length >= MAX_MEASURES ? <p className="note">{text("dashboard.results.full")}</p> : null}
    </section>
  );
}
