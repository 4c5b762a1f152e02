// Search and filters above the participant table: `input[name=q]` and `select[name=module|status|kind]`.
import { type TableQuery } from "./dashboard-api";
import { KINDS, STATUSES } from "../shared/cohort-api";
import { useDashboard } from "./dashboard-context";
import { moduleTitle } from "../../../lib/module-titles";

interface TableFiltersProps {
  query: TableQuery;
  onChange: (change: Partial<TableQuery>) => void;
  /** Module slugs to offer, in course order. */
  modules: readonly string[];
}

/** The filter row; every control has a visible label. */
export function TableFilters({ query, onChange, modules }: TableFiltersProps) {
  const { text, moduleTitles } = useDashboard();
  const all = text("common.all");
  return (
    <div className="dash-filters" role="search">
      <div className="field">
        <label htmlFor="dash-q">{text("dashboard.people.search")}</label>
        <input
          id="dash-q"
          name="q"
          type="search"
          autoComplete="off"
          value={query.q}
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="dash-module">{text("common.module")}</label>
        <select
          id="dash-module"
          name="module"
          value={query.module}
          onChange={(e) => onChange({ module: e.target.value })}
        >
          <option value="">{all}</option>
          {modules.map((slug) => (
            <option key={slug} value={slug}>
              {moduleTitle(moduleTitles, slug)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dash-status">{text("common.status")}</label>
        <select
          id="dash-status"
          name="status"
          value={query.status}
          onChange={(e) => onChange({ status: STATUSES.find((s) => s === e.target.value) ?? "" })}
        >
          <option value="">{all}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {text(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dash-kind">{text("common.kind")}</label>
        <select
          id="dash-kind"
          name="kind"
          value={query.kind}
          onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) ?? "" })}
        >
          <option value="">{all}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {text(`dashboard.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
