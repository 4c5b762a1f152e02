// Choosing one's own buddy, where the trainer allows it: look (others looking then see one's name),
// choose one of those looking, or stop. Two who chose each other are buddies at once, both agreed:
// so the plain words of what a buddy sees come before any choice.
import { useState } from "react";
import { chooseBuddy, type BuddyChoice } from "./buddies";
import { failureKey } from "./my-data";
import { useMe } from "./me-context";

/** `[data-buddy-choice]`; `onPaired` reloads the section once a choice made a pair. */
export function ChooseBuddy({ choice, onPaired }: { choice: BuddyChoice; onPaired: () => void }) {
  const { text } = useMe();
  const [view, setView] = useState(choice);
  const [error, setError] = useState<string | null>(null);

  async function send(looking: boolean, wish = "") {
    setError(null);
    try {
      const answer = await chooseBuddy(looking, wish);
      // Looking with a wish that is gone from the list: the other chose me too and we are a pair.
      if (wish && !answer.looking) onPaired();
      else setView(answer);
    } catch (err) {
      setError(text(failureKey(err)));
    }
  }

  const chosen = view.people.find((p) => p.id === view.wish);
  return (
    <div data-buddy-choice="">
      <p>{text("me.buddy.choice.intro")}</p>
      <p className="note">{text("me.buddy.consentWords")}</p>
      {view.looking ? (
        <>
          {chosen ? <p role="status">{text("me.buddy.choice.chosen", { name: chosen.name })}</p> : null}
          {!view.people.length ? <p className="note">{text("me.buddy.choice.none")}</p> : null}
          <ul>
            {view.people.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button-secondary"
                  data-buddy-pick={p.id}
                  aria-pressed={p.id === view.wish}
                  onClick={() => void send(true, p.id)}
                >
                  {text("me.buddy.choice.pick", { name: p.name })}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={() => void send(false)}>
            {text("me.buddy.choice.stop")}
          </button>
        </>
      ) : (
        <>
          <p className="note">{text("me.buddy.choice.lookHelp")}</p>
          <button type="button" className="button" data-buddy-look="" onClick={() => void send(true)}>
            {text("me.buddy.choice.look")}
          </button>
        </>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
