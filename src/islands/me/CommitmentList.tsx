// The participant's commitments, newest first, filterable by status. A card whose status changes
// under a filter stays in view until the filter changes, so it does not vanish from under the finger.
// When the server cannot be reached, the list this device kept shows, with when it was read.
import { useRef, useState, type ReactNode } from "react";
import { CommitmentCard } from "./CommitmentCard";
import type { MyCommitment } from "./my-commitments";
import { StatusFilter, type StatusFilterValue } from "./StatusFilter";
import { useMe } from "./me-context";
import { useMyCommitments } from "./use-my-commitments";
import { Message } from "../shared/Message";
import { formatMoment, type MomentStyle } from "../../lib/dates";

/** When the kept list was read: the day and the time ("2026年12月4日 09:30"). */
const KEPT_AT: MomentStyle = { dateStyle: "medium", timeStyle: "short" };

interface CommitmentListProps {
  participantId: string;
  /** Module slug to its title in the page's language. */
  moduleTitles: Readonly<Record<string, string>>;
  courseHref: string;
  /**
   * The page's sections below the list, drawn once it has loaded: they load on their own, and drawn
   * first they would jump down as the list fills (tests/e2e/layout-shift.test.ts).
   */
  children?: ReactNode;
}

/** The "my commitments" section, then (once it has loaded) `children`. */
export function CommitmentList({ participantId, moduleTitles, courseHref, children }: CommitmentListProps) {
  const { text, locale } = useMe();
  const list = useMyCommitments(participantId);
  const [filter, setFilter] = useState<StatusFilterValue>("all");
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = list.items.filter((c) => filter === "all" || c.status === filter || kept.has(c.id));

  function changed(updated: MyCommitment) {
    list.replace(updated);
    setKept((ids) => new Set(ids).add(updated.id));
  }

  function deleted(id: string) {
    list.remove(id);
    setNotice(text("me.list.deleted"));
    // The card and its focused button are gone: continue from the list's heading.
    headingRef.current?.focus();
  }

  function chooseFilter(value: StatusFilterValue) {
    setFilter(value);
    setKept(new Set());
  }

  return (
    <>
      <section className="my-commitments" aria-labelledby="my-commitments-heading" aria-busy={list.phase === "loading"}>
        <h2 id="my-commitments-heading" ref={headingRef} tabIndex={-1}>
          {text("me.list.heading")}
        </h2>
        <p className="my-notice" aria-live="polite">
          {notice}
        </p>
        {list.phase === "loading" ? <p className="note">{text("me.list.loading")}</p> : null}
        {list.phase === "kept" ? (
          <div className="my-kept" role="status" data-kept-list="">
            <p>
              <Message
                template={text("me.list.kept")}
                values={{ time: formatMoment(list.keptAt ?? "", locale, KEPT_AT) }}
              />
            </p>
            <button type="button" className="button button-secondary" onClick={list.reload}>
              {text("common.retry")}
            </button>
          </div>
        ) : list.error ? (
          <div role="alert">
            <p className="form-error">{text(list.error)}</p>
            <button type="button" className="button button-secondary" onClick={list.reload}>
              {text("common.retry")}
            </button>
          </div>
        ) : null}
        {list.phase === "ready" && list.items.length === 0 ? (
          <p>
            {text("me.list.empty")} <a href={courseHref}>{text("me.list.courseLink")}</a>
          </p>
        ) : null}
        {list.items.length > 0 ? <StatusFilter items={list.items} value={filter} onChange={chooseFilter} /> : null}
        {list.items.length > 0 && shown.length === 0 ? <p className="note">{text("me.list.emptyFilter")}</p> : null}
        {shown.length > 0 ? (
          <ol className="my-commitment-list">
            {shown.map((c) => (
              <CommitmentCard
                key={c.id}
                commitment={c}
                moduleTitle={moduleTitles[c.module] ?? c.module}
                onChanged={changed}
                onDeleted={deleted}
              />
            ))}
          </ol>
        ) : null}
      </section>
      {list.phase === "loading" ? null : children}
    </>
  );
}
