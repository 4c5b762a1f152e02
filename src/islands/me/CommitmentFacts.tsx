// What a commitment says: where it came from, the action, when, the date and how success shows.
import { formatDay, formatMoment } from "../../lib/dates";
import type { MyCommitment } from "./my-commitments";
import { useMe } from "./me-context";

interface CommitmentFactsProps {
  commitment: MyCommitment;
  moduleTitle: string;
  headingId: string;
}

/** The read-only part of a commitment card. */
export function CommitmentFacts({ commitment: c, moduleTitle, headingId }: CommitmentFactsProps) {
  const { text, locale } = useMe();
  const facts = [
    { term: text("me.card.trigger"), value: c.trigger.trim() },
    { term: text("common.dueOn"), value: formatDay(c.dueOn, locale) },
    { term: text("me.card.measure"), value: c.measure.trim() },
  ].filter((fact) => fact.value !== "");
  const written = formatMoment(c.created, locale);

  return (
    <>
      <p className="my-commitment-module">{text("me.card.module", { module: moduleTitle })}</p>
      <h3 id={headingId} className="my-commitment-action">
        {c.action}
      </h3>
      {facts.length > 0 ? (
        <dl className="my-commitment-facts">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {written ? <p className="note">{text("me.card.created", { date: written })}</p> : null}
    </>
  );
}
