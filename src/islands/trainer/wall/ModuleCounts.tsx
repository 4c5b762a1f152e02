// The bar of counts by module along the top of the wall.
import { shortModuleTitle, type ModuleCount } from "../../../lib/wall";
import type { IslandText } from "../../../i18n/islands";

interface ModuleCountsProps {
  counts: readonly ModuleCount[];
  moduleTitles: Readonly<Record<string, string>>;
  text: IslandText<"wall">;
}

/** Each module's short title and its number of visible commitments. */
export function ModuleCounts({ counts, moduleTitles, text }: ModuleCountsProps) {
  return (
    <ul className="wall-counts" aria-label={text("wall.counts")}>
      {counts.map(({ module, count }) => (
        <li
          key={module}
          data-wall-count={module}
          data-count={count}
          className={count === 0 ? "wall-count-zero" : undefined}
        >
          <span className="wall-count-title">{shortModuleTitle(moduleTitles[module] ?? module)}</span>{" "}
          <strong className="wall-count-number">{count}</strong>
        </li>
      ))}
    </ul>
  );
}
