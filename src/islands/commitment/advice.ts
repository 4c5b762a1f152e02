// The coach and the two prompts only its findings open (too many open commitments, low confidence),
// loaded together when the participant starts on the form: the coach's word rules are most of the
// form's weight, and module pages have a JavaScript budget (see scripts/bench/js-budgets.mjs).
export { assessCommitment, CONFIDENT_FROM } from "../../lib/coach";
export { LowConfidencePrompt } from "./LowConfidencePrompt";
export { OverCommitment } from "./OverCommitment";
