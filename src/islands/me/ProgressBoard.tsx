// The cohort's progress board on /me/, when the trainer switched it on: joining is the participant's own
// choice, in plain words, and leaving is one tap. Only those who joined see it and are on it.
import { useState } from "react";
import { formatMoment } from "../../lib/dates";
import type { CommitmentsRecord } from "../../lib/pocketbase-types";
import { useLoad } from "../shared/use-load";
import { loadBoard, setBoardOptIn, type MyBoard } from "./buddies";
import { failureKey } from "./my-data";
import { ownStatusKey, useMe } from "./me-context";

/** `section[data-board]`, only while the cohort's board is on. */
export function ProgressBoard() {
  const { text, locale } = useMe();
  const { data } = useLoad(loadBoard, []);
  const [view, setView] = useState<MyBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const board = view ?? data;
  if (!board?.on) return null;

  async function choose(optIn: boolean) {
    setError(null);
    try {
      setView(await setBoardOptIn(optIn));
    } catch (err) {
      setError(text(failureKey(err)));
    }
  }

  return (
    <section className="panel my-board" data-board="">
      <h2>{text("me.board.heading")}</h2>
      <p className="note">{text("me.board.words")}</p>
      {board.optedIn ? (
        <>
          {!board.people.length ? <p className="note">{text("me.board.empty")}</p> : null}
          <ul>
            {board.people.map((p, i) => (
              <li key={i} data-board-person="">
                <strong>{p.name}</strong> ·{" "}
                {p.lastCheckinAt
                  ? text("me.buddy.lastCheckin", { date: formatMoment(p.lastCheckinAt, locale) })
                  : text("me.buddy.neverCheckedIn")}
                {p.statuses.map((s) => (
                  <span key={s.status}>
                    {" · "}
                    {text(ownStatusKey(s.status as CommitmentsRecord["status"]))} {s.count}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        className={board.optedIn ? "button button-secondary" : "button"}
        data-board-join={board.optedIn ? undefined : ""}
        data-board-leave={board.optedIn ? "" : undefined}
        onClick={() => void choose(!board.optedIn)}
      >
        {board.optedIn ? text("me.board.leave") : text("me.board.join")}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
