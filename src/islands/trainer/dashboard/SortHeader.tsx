// A sortable column heading: a button that toggles ascending/descending, with `aria-sort` on the `th`.
import type { ReactNode } from "react";

interface SortHeaderProps {
  /** The route's sort key for ascending order (descending is the same key with "-"). */
  sortKey: string;
  /** The table's current sort. */
  sort: string;
  onSort: (sort: string) => void;
  /** Numbers and dates start with the largest/newest first; names start A to Z. */
  firstDescending?: boolean;
  numeric?: boolean;
  children: ReactNode;
}

/** `th[aria-sort]` with a button; the arrow is decoration, `aria-sort` says the order. */
export function SortHeader({
  sortKey,
  sort,
  onSort,
  firstDescending = false,
  numeric = false,
  children,
}: SortHeaderProps) {
  const state = sort === sortKey ? "ascending" : sort === `-${sortKey}` ? "descending" : "none";
  const next =
    state === "ascending"
      ? `-${sortKey}`
      : state === "descending"
        ? sortKey
        : firstDescending
          ? `-${sortKey}`
          : sortKey;
  return (
    <th scope="col" aria-sort={state} className={numeric ? "num" : undefined}>
      <button type="button" className="sort-button" data-sort={sortKey} onClick={() => onSort(next)}>
        {children}
        <span className="sort-arrow" aria-hidden="true">
          {state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕"}
        </span>
      </button>
    </th>
  );
}
