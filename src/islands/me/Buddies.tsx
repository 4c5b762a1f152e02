// "Buddy" and the progress board on /me/ (their own chunk, loaded after the signed-in part draws). The
// participant agrees for the others of their pair by name, in plain words, and withdraws with one tap;
// they see their partners' shared commitments (words, status, last check-in date), encourage them (one
// tap, optional words) or say "I saw them do it", and read the encouragements they received.
import { useState } from "react";
import { formatMoment } from "../../lib/dates";
import { BUDDY_ENCOURAGEMENTS_FIELDS } from "../../lib/pocketbase-types";
import { useLoad } from "../shared/use-load";
import { encourage, loadBuddies, observe, setBuddyConsent, tapId, type MyBuddies } from "./buddies";
import { failureKey } from "./my-data";
import { ChooseBuddy } from "./ChooseBuddy";
import { ProgressBoard } from "./ProgressBoard";
import { ownStatusKey, useMe } from "./me-context";

/** `section[data-buddies]` and the board; nothing while loading. */
export default function Buddies() {
  const { text, locale } = useMe();
  const { data, reload } = useLoad(loadBuddies, []);
  const [view, setView] = useState<MyBuddies | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = view ?? data;
  if (!shown) return null;
  const names = shown.members.map((m) => m.name).join(locale === "en" ? ", " : "、");

  async function consent(agree: boolean) {
    setError(null);
    try {
      setView(await setBuddyConsent(agree));
    } catch (err) {
      setError(text(failureKey(err)));
    }
  }

  return (
    <>
      <section className="panel my-buddies" data-buddies="" data-buddy-consented={shown.consented ? "" : undefined}>
        <h2>{text("me.buddy.heading")}</h2>
        {!shown.paired && !shown.choice?.on ? <p className="note">{text("me.buddy.notPaired")}</p> : null}
        {!shown.paired && shown.choice?.on ? <ChooseBuddy choice={shown.choice} onPaired={reload} /> : null}
        {shown.paired ? <p>{text("me.buddy.pairedWith", { names })}</p> : null}
        {shown.paired && !shown.consented ? (
          <>
            <p className="note">{text("me.buddy.consentWords")}</p>
            <p className="note">{text("me.buddy.nudgeWords")}</p>
            <button type="button" className="button" data-buddy-agree="" onClick={() => void consent(true)}>
              {text("me.buddy.agree", { names })}
            </button>
          </>
        ) : null}
        {shown.consented && !shown.partners.length ? (
          <p className="note">{text("me.buddy.waiting", { names })}</p>
        ) : null}
        {shown.partners.map((partner) => (
          <Partner key={partner.id} partner={partner} />
        ))}
        {shown.received.length ? (
          <>
            <h3>{text("me.buddy.received")}</h3>
            <ul className="my-buddy-received" data-buddy-received="">
              {shown.received.map((r) => (
                <li key={r.id}>
                  <strong>{text("me.buddy.cheer", { name: r.name })}</strong>
                  {r.words ? <q>{r.words}</q> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {shown.consented ? (
          <button
            type="button"
            className="button button-secondary"
            data-buddy-withdraw=""
            onClick={() => void consent(false)}
          >
            {text("me.buddy.withdraw")}
          </button>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error}{" "}
            <button type="button" className="button button-secondary" onClick={reload}>
              {text("common.retry")}
            </button>
          </p>
        ) : null}
      </section>
      <ProgressBoard />
    </>
  );
}

/** One partner's shared commitments, with "I saw them do it", and the encouragement form. */
function Partner({ partner }: { partner: MyBuddies["partners"][number] }) {
  const { text, locale } = useMe();
  const [words, setWords] = useState("");
  const [tap] = useState(tapId);
  const [sent, setSent] = useState(false);
  const [seen, setSeen] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, done: () => void) {
    setError(null);
    try {
      await action();
      done();
    } catch (err) {
      setError(text(failureKey(err)));
    }
  }

  return (
    <div className="my-buddy" data-buddy-partner={partner.id}>
      <h3>{text("me.buddy.partner", { name: partner.name })}</h3>
      {!partner.commitments.length ? (
        <p className="note">{text("me.buddy.noCommitments", { name: partner.name })}</p>
      ) : null}
      <ul>
        {partner.commitments.map((k) => (
          <li key={k.id} data-buddy-commitment={k.id}>
            <p>{k.action}</p>
            <p className="note">
              {text(ownStatusKey(k.status))} ·{" "}
              {k.lastCheckinAt
                ? text("me.buddy.lastCheckin", { date: formatMoment(k.lastCheckinAt, locale) })
                : text("me.buddy.neverCheckedIn")}
            </p>
            {seen[k.id] ? (
              <p className="note" role="status">
                {text("me.buddy.observed")}
              </p>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                data-buddy-observe=""
                title={text("me.buddy.observeHelp", { name: partner.name })}
                onClick={() =>
                  void run(
                    () => observe(tapId(), k.id),
                    () => setSeen({ ...seen, [k.id]: true }),
                  )
                }
              >
                {text("me.buddy.observe")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {sent ? (
        <p role="status" data-buddy-sent="">
          {text("me.buddy.sent")}
        </p>
      ) : (
        <form
          data-buddy-encourage=""
          onSubmit={(e) => {
            e.preventDefault();
            void run(
              () => encourage(tap, partner.id, words),
              () => setSent(true),
            );
          }}
        >
          <label>
            {text("me.buddy.words")}
            <textarea
              value={words}
              maxLength={BUDDY_ENCOURAGEMENTS_FIELDS.words.max}
              rows={2}
              onChange={(e) => setWords(e.currentTarget.value)}
            />
          </label>
          <button type="submit" className="button">
            {text("me.buddy.encourage", { name: partner.name })}
          </button>
        </form>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
