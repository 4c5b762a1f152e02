// The cohorts, active first; archived ones folded away under a summary with their count.
import type { ReactNode } from "react";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import type { IslandText } from "../../../i18n/islands";

interface CohortListProps {
  cohorts: readonly CohortsRecord[];
  text: IslandText<"workspace">;
  /** Renders one cohort (its item, or its edit form). */
  render: (cohort: CohortsRecord) => ReactNode;
  /** Keeps the archived section open, e.g. while one of them is edited. */
  archivedOpen: boolean;
}

/** `ul[data-cohorts]` and `details[data-archived-cohorts]`. */
export function CohortList({ cohorts, text, render, archivedOpen }: CohortListProps) {
  const active = cohorts.filter((c) => !c.archived);
  const archived = cohorts.filter((c) => c.archived);
  return (
    <>
      {active.length > 0 ? (
        <ul className="cohorts" data-cohorts>
          {active.map(render)}
        </ul>
      ) : (
        <p className="note">{text("trainer.cohorts.empty")}</p>
      )}
      {archived.length > 0 ? (
        <details className="archived" data-archived-cohorts open={archivedOpen || undefined}>
          <summary>{text("trainer.cohorts.archivedHeading", { count: archived.length })}</summary>
          <ul className="cohorts">{archived.map(render)}</ul>
        </details>
      ) : null}
    </>
  );
}
