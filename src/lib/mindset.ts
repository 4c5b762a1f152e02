// Scoring of the mindset sort: each statement is product-centred or customer-centred.

/** The two piles a statement can go in. */
export const MINDSET_CHOICES = ["product", "customer"] as const;
export type MindsetChoice = (typeof MINDSET_CHOICES)[number];

/** What scoring needs of a statement. */
export interface MindsetStatement {
  id: string;
  answer: MindsetChoice;
}

/** The pile chosen for each statement, by statement id. */
export type MindsetAnswers = Readonly<Record<string, MindsetChoice>>;

export interface MindsetResult {
  id: string;
  chosen: MindsetChoice | null;
  correct: boolean;
}

export interface MindsetScore {
  correct: number;
  answered: number;
  total: number;
  complete: boolean;
  results: MindsetResult[];
}

/** Whether a value is one of the two piles (stored answers may be old or edited by hand). */
export function isMindsetChoice(value: unknown): value is MindsetChoice {
  return value === "product" || value === "customer";
}

/** Right and answered counts over the statements; answers for unknown statements are ignored. */
export function scoreMindset(statements: readonly MindsetStatement[], answers: MindsetAnswers): MindsetScore {
  const results = statements.map((statement): MindsetResult => {
    const chosen = answers[statement.id];
    return isMindsetChoice(chosen)
      ? { id: statement.id, chosen, correct: chosen === statement.answer }
      : { id: statement.id, chosen: null, correct: false };
  });
  const answered = results.filter((r) => r.chosen !== null).length;
  return {
    correct: results.filter((r) => r.correct).length,
    answered,
    total: statements.length,
    complete: statements.length > 0 && answered === statements.length,
    results,
  };
}
