// The check-in island of /checkin/ and /en/checkin/, opened from a follow-up email's answer link.
import { startTransition, useEffect, useState } from "react";
import { AnswerButtons } from "./AnswerButtons";
import { linkFromAddress } from "./address-link";
import { readAnswerLink, type Answer } from "./checkin-link";
import { CommitmentQuote } from "./CommitmentQuote";
import { Confirming } from "./Confirming";
import { LinkProblem } from "./LinkProblem";
import { Recorded } from "./Recorded";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import { useCheckin } from "./use-checkin";
import { FormError } from "../shared/FormError";

/** Props the check-in page passes; strings are already translated for the page's locale. */
export interface CheckinAnswerProps {
  strings: IslandStrings<"checkin">;
  /** "My commitments" in the page's locale, the other way to check in. */
  meHref: string;
}

/**
 * The page's island; the link is in the address, which the build cannot see, so it waits for the browser.
 * Until then it shows the panel an email's answer link opens (the usual case), inert, at its full size,
 * or, where FirstFrame (CheckinPage.astro) found no link in the address, the broken link's panel.
 */
export default function CheckinAnswer({ strings, meHref }: CheckinAnswerProps) {
  const inBrowser = useHydrated();
  const text = textFor(strings);
  return (
    <div className="checkin" data-checkin-page>
      {inBrowser ? (
        <CheckinFlow meHref={meHref} text={text} />
      ) : (
        <>
          <Confirming {...OPENING} text={text} />
          <LinkProblem problem="invalid" meHref={meHref} text={text} firstFrame />
        </>
      )}
    </div>
  );
}

/**
 * False in the build and during hydration, true right after. Unlike useInBrowser (whose switch React
 * renders at once, in one task), the switch is a transition: React renders the flow in slices that
 * leave the main thread free between them, so a phone that is slow to run the page stays responsive
 * (README, Performance: the check-in page opened from a message is interactive within 1.5 s).
 */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}

const nothing = () => {};
/** The confirming panel before the answer and the commitment are known: inert, at its full size. */
const OPENING = {
  firstFrame: true,
  chosen: null,
  commitment: undefined,
  sending: false,
  error: null,
  onChoose: nothing,
  onConfirm: nothing,
};

/** Picks the panel for where the check-in stands. */
function CheckinFlow({ meHref, text }: { meHref: string; text: IslandText<"checkin"> }) {
  const [link] = useState(() => readAnswerLink(linkFromAddress()));
  // The link's answer, pre-selected; another tap selects another. Only Confirm records it.
  const [chosen, setChosen] = useState<Answer | null>(link?.s ?? null);
  const state = useCheckin(link);
  const { view, recorded, sending, error } = state;

  if (state.problem) return <LinkProblem problem={state.problem} meHref={meHref} text={text} />;
  if (chosen && !state.posted) {
    const confirm = () => void state.record(chosen);
    return (
      <Confirming
        chosen={chosen}
        commitment={view?.commitment}
        sending={sending !== null}
        error={error}
        onChoose={setChosen}
        onConfirm={confirm}
        text={text}
      />
    );
  }
  if (view && recorded) return <Recorded view={view} recorded={recorded} state={state} meHref={meHref} text={text} />;
  if (!view) {
    return (
      <p className={error ? "form-error" : "note"} role={error ? "alert" : undefined} aria-live="polite">
        {text(error ?? "common.opening")}
      </p>
    );
  }
  // A link without a known answer: show the commitment and let them choose.
  return (
    <section className="panel checkin-panel" aria-labelledby="checkin-choose">
      <h2 id="checkin-choose">{text("common.howIsItGoing")}</h2>
      <CommitmentQuote commitment={view.commitment} text={text} />
      <AnswerButtons
        legend={text("checkin.choose.legend")}
        current={null}
        sending={sending}
        onChoose={(s) => void state.record(s)}
        text={text}
      />
      <FormError message={error && text(error)} />
    </section>
  );
}
