// Scoring the goal-commitment scale of Klein, Wesson, Hollenbeck, Wright & DeShon (2001): five items,
// each answered 1 (strongly disagree) to 5 (strongly agree); three are worded against the goal and
// count reversed (6 − answer). A commitment's strength is the mean of its five scored items, from 1 to 5;
// a scale left unanswered or incomplete has none (the migration 1764001600_commitment_strength.js stores
// 0 for an unanswered item). Pure: used by the dashboard and the report, unit-tested in Node.

/** The items in the order the form asks them (the commitment's fields strength1..5), with reversed ones marked. */
const STRENGTH_ITEMS = [
  { field: "strength1", reverse: true }, // hard to take this commitment seriously
  { field: "strength2", reverse: true }, // frankly do not care whether it is achieved
  { field: "strength3", reverse: false }, // strongly committed to pursuing it
  { field: "strength4", reverse: true }, // it would not take much to abandon it
  { field: "strength5", reverse: false }, // a good goal to aim for
];

function isAnswer(value) {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The strength (1..5) of a commitment `{ strength1..strength5 }`, or null unless all five are answered. */
function strengthScore(answers) {
  let sum = 0;
  for (const item of STRENGTH_ITEMS) {
    const value = answers[item.field];
    if (!isAnswer(value)) return null;
    sum += item.reverse ? 6 - value : value;
  }
  return sum / STRENGTH_ITEMS.length;
}

/**
 * The mean strength of the commitments that answered the whole scale (rounded to two decimals, null when
 * none did) and how many that is (`n`).
 */
function meanStrength(list) {
  let sum = 0;
  let n = 0;
  for (const answers of list) {
    const score = strengthScore(answers);
    if (score === null) continue;
    sum += score;
    n += 1;
  }
  return { mean: n ? Math.round((sum / n) * 100) / 100 : null, n };
}

module.exports = { STRENGTH_ITEMS, strengthScore, meanStrength };
