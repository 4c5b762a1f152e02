// The open supervisor section (SupervisorSection.tsx): what a supervisor sees in plain words, each
// supervisor with the commitments they may see (ticks, saved as one consent each; one tap withdraws
// all), a form to add one, and what supervisors noted.
import { useState } from "react";
import { useLoad } from "../shared/use-load";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";
import { SupervisorForm } from "./SupervisorForm";
import { loadSupervisors, type SupervisorState } from "./supervisor-api";

/** The section's body for the signed-in participant. */
export default function SupervisorBody() {
  const { text } = useMe();
  const { data: state, error, update } = useLoad(loadSupervisors, [], (failure) => text(failureKey(failure)));
  const [adding, setAdding] = useState(false);
  const setState = (next: SupervisorState) => update(() => next);

  if (error)
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  if (!state) return <p className="note">{text("me.loading")}</p>;
  const actionOf = (id: string) => state.commitments.find((k) => k.id === id)?.action ?? "";
  return (
    <>
      <p>{text("me.supervisor.intro")}</p>
      {!state.commitments.length ? <p className="note">{text("me.supervisor.noCommitments")}</p> : null}
      {state.supervisors.map((link) => (
        <SupervisorForm
          key={link.id}
          link={link}
          commitments={state.commitments}
          channels={state.channels}
          onSaved={setState}
        />
      ))}
      {state.commitments.length && (adding || !state.supervisors.length) ? (
        <SupervisorForm
          commitments={state.commitments}
          channels={state.channels}
          onSaved={(next) => {
            setState(next);
            setAdding(false);
          }}
        />
      ) : state.commitments.length ? (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {text("me.supervisor.add")}
        </button>
      ) : null}
      {state.observations.length ? (
        <div className="supervisor-observations" data-supervisor-observations="">
          <h3>{text("me.supervisor.observations")}</h3>
          <ul>
            {state.observations.map((o) => (
              <li key={`${o.commitment}-${o.kind}-${o.week}`}>
                <strong>{text(`me.supervisor.mark.${o.kind}`, { name: o.supervisor })}</strong>
                <span className="note"> · {actionOf(o.commitment)}</span>
                {o.note ? <p>{o.note}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
