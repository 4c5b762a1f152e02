// The check-in page's state: loading the page only reads (GET) the commitment and the answer so far;
// an answer is recorded (POST) only when the person taps, because link checkers open the email's links
// and some run the page's script too. It can be corrected, and the note is saved with a second POST.
import { startTransition, useEffect, useRef, useState } from "react";
import type { ErrorMessageKey } from "../../lib/api-errors";
import { requestErrorKey } from "../../lib/request-errors";
import {
  linkProblemOf,
  loadCheckin,
  sendAnswer,
  type CheckinView,
  type IsolationEstimate,
  type LinkProblem,
} from "./checkin-api";
import { answerOfRecord, withAnswer, type Answer, type AnswerLink } from "./checkin-link";

/** What the check-in components read and call. */
export interface CheckinState {
  view: CheckinView | null;
  /** The answer the server has for this email, once a request said so. */
  recorded: Answer | null;
  /** True once an answer was recorded from this page (the link's own answer, or a correction). */
  posted: boolean;
  /** The answer being sent right now. */
  sending: Answer | null;
  problem: LinkProblem | null;
  error: ErrorMessageKey | null;
  record: (s: Answer) => Promise<void>;
  /** Saves note and permission with the current answer; resolves to an error key, or null when saved. */
  saveNote: (note: string, shareable: boolean) => Promise<ErrorMessageKey | null>;
  /** Saves the isolation estimate (null: takes it back) with the current answer, the same way. */
  saveIsolation: (isolation: IsolationEstimate | null) => Promise<ErrorMessageKey | null>;
}

/** Check-in state for an answer link (null: the link lacks its token or commitment). */
export function useCheckin(link: AnswerLink | null): CheckinState {
  const [view, setView] = useState<CheckinView | null>(null);
  const [sending, setSending] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(link ? null : "invalid");
  const [error, setError] = useState<ErrorMessageKey | null>(null);
  const [posted, setPosted] = useState(false);
  const started = useRef(false);
  const recorded = answerOfRecord(view?.answer ?? null);

  function failed(failure: unknown): ErrorMessageKey {
    const found = linkProblemOf(failure);
    if (found) setProblem(found);
    return requestErrorKey(failure);
  }

  async function record(s: Answer) {
    if (!link) return;
    setSending(s);
    setError(null);
    try {
      setView(await sendAnswer(link, s));
      setPosted(true);
      // A reload or a language switch then keeps this answer instead of the one first clicked.
      window.history.replaceState(window.history.state, "", withAnswer(window.location.href, s));
    } catch (failure) {
      setError(failed(failure));
    } finally {
      setSending(null);
    }
  }

  /** Sends `extra` with the current answer; an error key, or null when saved. */
  async function saveWith(extra: Parameters<typeof sendAnswer>[2]): Promise<ErrorMessageKey | null> {
    if (!link || !recorded) return "errors.server";
    try {
      setView(await sendAnswer(link, recorded, extra));
      return null;
    } catch (failure) {
      return failed(failure);
    }
  }
  const saveNote = (note: string, shareable: boolean) => saveWith({ note: note.trim(), shareable });
  const saveIsolation = (isolation: IsolationEstimate | null) => saveWith({ isolation });

  // Once per page: show the commitment and the answer so far; nothing is recorded until a tap.
  useEffect(() => {
    if (!link || started.current) return;
    started.current = true;
    void (async () => {
      try {
        const loaded = await loadCheckin(link);
        // A transition, in slices (see useHydrated in CheckinAnswer.tsx); a tap's answer renders at once.
        startTransition(() => setView(loaded));
      } catch (failure) {
        setError(failed(failure)); // Confirm still records: it posts the answer itself
      }
    })();
  }, []); // `link` is read once from the page's address and never changes

  return { view, recorded, posted, sending, problem, error, record, saveNote, saveIsolation };
}
