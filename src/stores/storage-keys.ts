// The device-storage keys of what a participant writes before it reaches the server, in one place: the
// stores that own them (commitment-draft.ts, outbox.ts) and the module page's commitment step, which
// only peeks whether there is anything (islands/commitment/CommitmentStep.tsx).

/** Commitment drafts by module (commitment-draft.ts). */
export const DRAFTS_KEY = "jiannuo:drafts";
/** Submitted commitments until the server has them, and their delivery state (outbox.ts). */
export const OUTBOX_KEY = "jiannuo:outbox";
