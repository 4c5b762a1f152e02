// "Next participant" on a shared tablet: after an in-page confirmation, forget this participant on the
// device and open the join page. Blocked while anything of theirs has not reached the trainer, because
// waiting commitments are sent with their sign-in, which handing over removes.
import { useStore } from "@nanostores/react";
import { useEffect, useRef, useState } from "react";
import { $drafts, clearDraft, hasWriting } from "../../stores/commitment-draft";
import { $outbox, flushOutbox } from "../../stores/outbox";
import { goTo } from "./navigate";
import type { IslandText } from "../../i18n/islands";
import type { ModuleChoice } from "./ModulePicker";

interface NextParticipantProps {
  participant: { id: string; name: string };
  modules: readonly ModuleChoice[];
  joinHref: string;
  text: IslandText<"commit">;
}

/** The button, then the question with what still blocks the hand-over, if anything. */
export function NextParticipant({ participant, modules, joinHref, text }: NextParticipantProps) {
  const [confirming, setConfirming] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const entries = useStore($outbox).filter((e) => e.participant === participant.id);
  const waiting = entries.filter((e) => e.state === "waiting").length;
  const failed = entries.filter((e) => e.state === "failed").length;
  const drafts = Object.entries(useStore($drafts))
    .filter(([, draft]) => hasWriting(draft))
    .map(([slug]) => slug);
  const blocked = waiting + failed + drafts.length > 0;
  const titles = drafts.map((slug) => modules.find((m) => m.slug === slug)?.title ?? slug);

  const opened = useRef(false);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (opened.current) buttonRef.current?.focus();
    opened.current ||= confirming;
  }, [confirming]);

  async function handOver() {
    // Loaded on demand: the session store brings the PocketBase client, which module pages load only to send.
    const { forgetThisDevice } = await import("../../stores/session");
    forgetThisDevice();
    goTo(joinHref);
  }

  if (!confirming) {
    return (
      <p className="commit-next">
        <button
          type="button"
          ref={buttonRef}
          className="button button-secondary"
          data-next-participant
          onClick={() => setConfirming(true)}
        >
          {text("commit.next.button")}
        </button>
      </p>
    );
  }
  // The question (and where focus goes) is written out here rather than with shared/ConfirmBox and
  // useReturnFocus: every module page loads this island, and the shared parts would be more scripts on each
  // (see scripts/bench/js-budgets.mjs).
  return (
    <div className="confirm commit-next" role="group" aria-labelledby="next-question" data-next-confirm>
      <p id="next-question" ref={questionRef} tabIndex={-1}>
        {text("commit.next.question", { name: participant.name })}
      </p>
      <div aria-live="polite">
        {waiting > 0 ? (
          <p className="form-error" data-blocked="waiting">
            {text("commit.next.waiting", { count: waiting })}
          </p>
        ) : null}
        {failed > 0 ? (
          <p className="form-error" data-blocked="failed">
            {text("commit.next.failed", { count: failed })}
          </p>
        ) : null}
        {titles.length > 0 ? (
          <p className="form-error" data-blocked="drafts">
            {text("commit.next.drafts", { modules: titles.join(text("commit.next.listSeparator")) })}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        {waiting > 0 ? (
          <button type="button" className="button" data-send-now onClick={() => void flushOutbox({ force: true })}>
            {text("commit.next.sendNow")}
          </button>
        ) : null}
        {titles.length > 0 ? (
          <button
            type="button"
            className="button button-secondary"
            data-clear-drafts
            onClick={() => drafts.forEach(clearDraft)}
          >
            {text("commit.next.clearDrafts")}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-danger"
          data-confirm-next
          disabled={blocked}
          onClick={() => void handOver()}
        >
          {text("commit.next.confirm")}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
          {text("common.keepPerson")}
        </button>
      </div>
    </div>
  );
}
