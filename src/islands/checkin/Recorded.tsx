// After the answer is recorded: a warm thank-you, the answer with a way to change it, and the note.
import { useEffect, useRef } from "react";
import type { CheckinView } from "./checkin-api";
import type { Answer } from "./checkin-link";
import { AnswerButtons } from "./AnswerButtons";
import { CommitmentQuote } from "./CommitmentQuote";
import { NoteForm } from "./NoteForm";
import type { IslandText } from "../../i18n/islands";
import type { CheckinState } from "./use-checkin";
import { FormError } from "../shared/FormError";
// In the page's own chunk, not loaded on demand: a dynamic import here would bring Vite's preload helper
// (880 B gzip) onto this page, more than the form itself (about 570 B); scripts/bench/js-budgets.mjs.
import { IsolationForm } from "./IsolationForm";

interface RecordedProps {
  view: CheckinView;
  recorded: Answer;
  state: Pick<CheckinState, "sending" | "error" | "record" | "saveNote" | "saveIsolation">;
  meHref: string;
  text: IslandText<"checkin">;
}

/** The thank-you panel; its heading takes focus once so screen readers announce that it worked. */
export function Recorded({ view, recorded, state, meHref, text }: RecordedProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const answer = text(`checkin.answer.${recorded}`);

  return (
    <section className="panel checkin-panel" aria-labelledby="checkin-thanks">
      <h2 id="checkin-thanks" ref={headingRef} tabIndex={-1}>
        {text("checkin.thanks.heading", { name: view.participant.name })}
      </h2>
      <CommitmentQuote commitment={view.commitment} text={text} />
      <div aria-live="polite">
        <p className="checkin-recorded" data-answer-recorded={recorded}>
          {text("checkin.recorded", { answer })}
        </p>
        <p>{text(`checkin.encourage.${recorded}`)}</p>
      </div>
      <AnswerButtons
        legend={text("checkin.change.legend")}
        current={recorded}
        sending={state.sending}
        onChoose={(s) => void state.record(s)}
        text={text}
      />
      <FormError message={state.error && text(state.error)} />
      <NoteForm
        initialNote={view.answer?.note ?? ""}
        initialShareable={view.answer?.shareable ?? false}
        onSave={state.saveNote}
        text={text}
      />
      {view.askIsolation ? (
        <IsolationForm initial={view.answer?.isolation ?? null} onSave={state.saveIsolation} text={text} />
      ) : null}
      <p>
        <a href={meHref}>{text("checkin.me")}</a>
      </p>
    </section>
  );
}
