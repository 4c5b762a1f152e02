// The dashboard's buddies: pair everyone without a buddy at random (odd numbers make one triad), move a
// person to another pair, a new one or none, and switch the cohort's progress board on or off. Each
// member shows whether they agreed to share; nothing they share reaches the trainer here.
import { useState } from "react";
import { useLoad } from "../../../shared/use-load";
import { useDashboard } from "../dashboard-context";
import { loadBuddies, moveBuddy, pairAtRandom, setCohortSwitch, type CohortBuddies } from "./buddies-api";

/** `section[data-buddies]`: `[data-buddy-pair]` per pair, `[data-buddy-random]`, `[data-cohort-switch]`. */
export function BuddiesSection({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const { data, error, reload } = useLoad(() => loadBuddies(cohortId), [cohortId]);
  const [shown, setShown] = useState<CohortBuddies | null>(null);
  const [failed, setFailed] = useState(false);
  const [working, setWorking] = useState(false);
  const view = shown ?? data;
  const cohortSwitch = (name: "boardOn" | "buddyChoice", label: string) => (
    <p>
      <label className="checkbox">
        <input
          type="checkbox"
          data-cohort-switch={name}
          checked={view?.[name] ?? false}
          disabled={working}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setShown(null);
            void act(() => setCohortSwitch(cohortId, name, on));
          }}
        />{" "}
        {label}
      </label>
    </p>
  );

  async function act(run: () => Promise<CohortBuddies | void>) {
    if (working) return;
    setWorking(true);
    setFailed(false);
    try {
      const answer = await run();
      if (answer) setShown(answer);
      else reload();
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  }

  const pairs = view?.pairs ?? [];
  const people = [
    ...pairs.flatMap((p) => p.members.map((m) => ({ ...m, pair: p.id }))),
    ...(view?.unpaired ?? []).map((u) => ({ ...u, consented: false, pair: "" })),
  ];
  const moveSelect = (person: (typeof people)[number]) => (
    <select
      value={person.pair}
      disabled={working}
      data-buddy-move={person.participant}
      aria-label={text("dashboard.buddies.moveLabel", { name: person.name })}
      onChange={(e) => void act(() => moveBuddy(cohortId, person.participant, e.currentTarget.value))}
    >
      {pairs.map((p, i) => (
        <option key={p.id} value={p.id}>
          {text("dashboard.buddies.pair", { n: i + 1 })}
        </option>
      ))}
      <option value="new">{text("dashboard.buddies.newPair")}</option>
      <option value="">{text("dashboard.buddies.noPair")}</option>
    </select>
  );

  return (
    <section className="dash-section" data-buddies="" aria-labelledby="dash-buddies-heading">
      <h2 id="dash-buddies-heading">{text("dashboard.buddies.heading")}</h2>
      <p className="note">{text("dashboard.buddies.intro")}</p>
      {error ? (
        <p className="form-error" role="alert">
          <button type="button" className="button button-secondary" onClick={reload}>
            {text("common.retry")}
          </button>
        </p>
      ) : null}
      {view ? (
        <>
          {pairs.length === 0 ? <p className="note">{text("dashboard.buddies.none")}</p> : null}
          <ol className="dash-buddy-pairs">
            {pairs.map((pair, i) => (
              <li key={pair.id} data-buddy-pair={pair.id}>
                <h3>{text("dashboard.buddies.pair", { n: i + 1 })}</h3>
                <ul>
                  {pair.members.map((m) => (
                    <li key={m.participant} data-buddy-member={m.participant}>
                      {m.name} ·{" "}
                      {m.consented ? text("dashboard.buddies.consented") : text("dashboard.buddies.notConsented")}{" "}
                      {moveSelect(people.find((p) => p.participant === m.participant)!)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {view.unpaired.length ? (
            <>
              <h3>{text("dashboard.buddies.unpaired")}</h3>
              <ul data-buddy-unpaired="">
                {view.unpaired.map((u) => (
                  <li key={u.participant}>
                    {u.name} {moveSelect(people.find((p) => p.participant === u.participant)!)}
                  </li>
                ))}
              </ul>
              <p>
                <button
                  type="button"
                  className="button"
                  data-buddy-random=""
                  aria-busy={working}
                  onClick={() => void act(() => pairAtRandom(cohortId))}
                >
                  {text("dashboard.buddies.random")}
                </button>
              </p>
              <p className="note">{text("dashboard.buddies.randomHelp")}</p>
            </>
          ) : null}
          {cohortSwitch("buddyChoice", text("dashboard.buddies.choice"))}
          {cohortSwitch("boardOn", text("dashboard.buddies.board"))}
          <p className="note">{text("dashboard.buddies.boardHelp")}</p>
        </>
      ) : null}
      {failed ? (
        <p className="form-error" role="alert">
          {text("errors.server")}
        </p>
      ) : null}
    </section>
  );
}
