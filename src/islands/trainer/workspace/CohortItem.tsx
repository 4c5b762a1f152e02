// One cohort in the trainer's list: what it is, its join code, where to go with it, what to do with it.
import { useEffect, useRef } from "react";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { CohortActions } from "./CohortActions";
import { followUpDaysOf } from "./cohort-form";
import { withCohort } from "../shared/cohort-param";
import { formatDay } from "../../../lib/dates";
import { formatList } from "../../../i18n/format";
import { Message } from "../../shared/Message";
import type { IslandKey, IslandText } from "../../../i18n/islands";
import type { Locale } from "../../../i18n/locales";

/** Base paths of the trainer pages for one cohort, e.g. `/trainer/join/` or `/en/trainer/join/`. */
export interface CohortPaths {
  joinView: string;
  wall: string;
  dashboard: string;
}

interface CohortItemProps {
  cohort: CohortsRecord;
  locale: Locale;
  paths: CohortPaths;
  text: IslandText<"workspace">;
  /** Move focus here (after creating or editing it). */
  focus: boolean;
  onEdit: () => void;
  onChanged: (record: CohortsRecord, done: IslandKey<"workspace">) => void;
}

/** `[data-cohort="<id>"]`, with `a[data-join-view]`, `a[data-wall]`, `a[data-dashboard]` and `[data-join-code]`. */
export function CohortItem({ cohort, locale, paths, text, focus, onEdit, onChanged }: CohortItemProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const headingId = `cohort-${cohort.id}-name`;
  const dates = (
    <Message
      template={text("common.dateRange")}
      values={{ start: formatDay(cohort.startsOn, locale), end: formatDay(cohort.endsOn, locale) }}
    />
  );
  const followUpDays = formatList(followUpDaysOf(cohort).map(String), locale);
  return (
    <li className="cohort" data-cohort={cohort.id} data-archived={cohort.archived || undefined}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {cohort.name}
        {cohort.archived ? <span className="badge">{text("trainer.cohorts.archivedBadge")}</span> : null}
      </h3>
      <p className="cohort-meta">
        {cohort.organization}
        <span aria-hidden="true"> · </span>
        {dates}
      </p>
      <p className="cohort-code">
        {text("trainer.cohorts.code")} <strong data-join-code>{cohort.joinCode}</strong>
      </p>
      <p className="cohort-meta">{text("trainer.cohorts.followUps", { days: followUpDays })}</p>
      <ul className="cohort-links">
        <li>
          <a
            className="button"
            data-join-view
            href={withCohort(paths.joinView, cohort.id)}
            aria-describedby={headingId}
          >
            {text("trainer.join.title")}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            data-wall
            href={withCohort(paths.wall, cohort.id)}
            aria-describedby={headingId}
          >
            {text("wall.title")}
          </a>
        </li>
        <li>
          <a
            className="button button-secondary"
            data-dashboard
            href={withCohort(paths.dashboard, cohort.id)}
            aria-describedby={headingId}
          >
            {text("trainer.cohorts.dashboard")}
          </a>
        </li>
      </ul>
      <CohortActions cohort={cohort} describedBy={headingId} text={text} onEdit={onEdit} onChanged={onChanged} />
    </li>
  );
}
