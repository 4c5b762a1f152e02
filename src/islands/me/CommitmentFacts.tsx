// What a commitment says: where it came from, where it stands, the action, when, the date and how
// success shows. Dates and the status each stay on one line.
import { formatDay, formatMoment } from "../../lib/dates";
import { Message } from "../shared/Message";
import type { MyCommitment } from "./my-commitments";
import { ownStatusKey, useMe } from "./me-context";

interface CommitmentFactsProps {
  commitment: MyCommitment;
  moduleTitle: string;
  headingId: string;
}

/** The read-only part of a commitment card; the status (`[data-status-tag=<status>]`) only once the server has it. */
export function CommitmentFacts({ commitment: c, moduleTitle, headingId }: CommitmentFactsProps) {
  const { text, locale } = useMe();
  const due = formatDay(c.dueOn, locale);
  const facts = [
    { term: text("common.trigger"), value: c.trigger.trim() },
    { term: text("common.dueOn"), value: due ? <span className="keep-together">{due}</span> : "" },
    { term: text("common.measure"), value: c.measure.trim() },
  ].filter((fact) => fact.value !== "");
  const written = formatMoment(c.created, locale);

  return (
    <>
      <div className="my-commitment-top">
        <p className="my-commitment-module">{text("me.card.module", { module: moduleTitle })}</p>
        {c.delivery === "server" ? (
          <p className="my-status-tag" data-status-tag={c.status}>
            <span className="visually-hidden">{text("common.status")}</span>
            {text(ownStatusKey(c.status))}
          </p>
        ) : null}
      </div>
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
      {written ? (
        <p className="note">
          <Message template={text("me.card.created")} values={{ date: written }} />
        </p>
      ) : null}
    </>
  );
}
