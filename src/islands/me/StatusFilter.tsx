// Which commitments to show: all, or one status, each with how many there are.
import { STATUSES, type CommitmentStatus, type MyCommitment } from "./my-commitments";
import { ownStatusKey, useMe } from "./me-context";

/** "all" or one status. */
export type StatusFilterValue = "all" | CommitmentStatus;

interface StatusFilterProps {
  items: readonly MyCommitment[];
  value: StatusFilterValue;
  onChange: (value: StatusFilterValue) => void;
}

/** Radio buttons styled as chips (`input[name=statusFilter][value=done]`). */
export function StatusFilter({ items, value, onChange }: StatusFilterProps) {
  const { text } = useMe();
  const options: { value: StatusFilterValue; label: string; count: number }[] = [
    { value: "all", label: text("common.all"), count: items.length },
    ...STATUSES.map((status) => ({
      value: status,
      label: text(ownStatusKey(status)),
      count: items.filter((c) => c.status === status).length,
    })),
  ];
  return (
    <fieldset className="my-filter">
      <legend>{text("me.filter.label")}</legend>
      {options.map((option) => (
        <label key={option.value} className="my-filter-chip">
          <input
            type="radio"
            name="statusFilter"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{text("me.filter.option", { label: option.label, count: option.count })}</span>
        </label>
      ))}
    </fieldset>
  );
}
