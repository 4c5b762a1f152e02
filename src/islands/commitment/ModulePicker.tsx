// On the stand-alone commitment page: which module the commitment belongs to. The choice goes into the
// address (`?module=`), so a reload or a link back from the join page keeps it.
import type { IslandText } from "../../i18n/islands";

/** A module as the island lists it: slug and title in the page's language. */
export interface ModuleChoice {
  slug: string;
  title: string;
}

interface ModulePickerProps {
  modules: readonly ModuleChoice[];
  value: string;
  onChange: (slug: string) => void;
  text: IslandText<"commit">;
}

/** The slug in `?module=` when it names one of the modules, else "". */
export function moduleFromUrl(modules: readonly ModuleChoice[]): string {
  if (typeof window === "undefined") return "";
  const slug = new URLSearchParams(window.location.search).get("module") ?? "";
  return modules.some((m) => m.slug === slug) ? slug : "";
}

/** A select of the six modules by title, in the page's language. */
export function ModulePicker({ modules, value, onChange, text }: ModulePickerProps) {
  function choose(slug: string) {
    const url = new URL(window.location.href);
    url.searchParams.set("module", slug);
    window.history.replaceState(null, "", url);
    onChange(slug);
  }
  return (
    <div className="field">
      <label htmlFor="commit-module">{text("commit.module.label")}</label>
      <select id="commit-module" name="module" value={value} onChange={(e) => choose(e.target.value)}>
        {value === "" ? <option value="">{text("commit.module.choose")}</option> : null}
        {modules.map((m) => (
          <option key={m.slug} value={m.slug}>
            {m.title}
          </option>
        ))}
      </select>
    </div>
  );
}
