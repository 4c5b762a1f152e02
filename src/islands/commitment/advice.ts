// The coach, the two prompts only its findings open (too many open commitments, low confidence) and the
// optional strength-of-commitment scale, loaded together when the participant starts on the form: the
// coach's word rules are most of the form's weight, and module pages have a JavaScript budget (see
// scripts/bench/js-budgets.mjs).
export { assessCommitment, CONFIDENT_FROM } from "../../lib/coach";
export { LowConfidencePrompt } from "./LowConfidencePrompt";
export { OverCommitment } from "./OverCommitment";
// The strength scale: optional, and only for a participant already on the form.
export { StrengthScale } from "./StrengthScale";
