// The cohort's belonging profile, computed so that no one's answers can be read from it, whatever the
// trainer does. Pure: the caller brings the answers and the randomness (lib/belonging-profile.js).
//
// The threat: a trainer holds the join code, so they can add participants of their own with answers they
// chose, as many as they like, from as many devices as they like, and ask for the profile again after
// each change. Any exact average then gives the one real person's answers away (their answers = the
// average times the count minus the trainer's own), and any randomness drawn afresh at each look can be
// averaged away by looking often. So:
//   1. Only valid answers count: exactly the four component means and the weakest component, each mean
//      a point of the scale's 1-decimal grid from 1 to 5 (readBelongingSummary); and only one participant
//      per device (the caller counts participants whose device joined the cohort once).
//   2. Nothing before MIN_ANSWERS (10) such answers.
//   3. The profile is released once per cohort, when the trainer asks, and never changes afterwards: a
//      new answer, a changed answer or another look gives nothing new.
//   4. Each of the four means gets Laplace noise of scale (5 - 1) / (n * EPSILON) (n = answers counted;
//      one person moves a mean by at most 4 / n), then is clamped to 1..5 and rounded to 0.1, which also
//      hides the floating-point artefacts of the noise.
// The guarantee (differential privacy, EPSILON = 1 per component): even when every other answer counted
// is the trainer's own, the probability of any profile the trainer can be shown changes by at most a
// factor e (about 2.72) when one participant's mean for one component changes to any other value, and by
// at most e^4 (about 55) when all four change. Put plainly: telling apart any two answers of one person
// on one component, the trainer is right at most e / (1 + e), about 73%, of the time (a coin toss: 50%);
// with every other answer faked, their estimate of that person's component mean is the mean plus Laplace
// noise of scale 4 (a standard deviation of 5.7 points on the 1-5 scale).

const { BELONGING_PROFILES_FIELDS } = require("../generated/contract.js");

/** The components, in the course's order (src/lib/belonging.ts). */
const COMPONENTS = ["identification", "security", "value", "engagement"];
/** The Likert scale's ends, as the profile's fields are bounded in the migration. */
const SCALE_MIN = BELONGING_PROFILES_FIELDS.identification.min;
const SCALE_MAX = BELONGING_PROFILES_FIELDS.identification.max;
/** Fewest answers (one per device that joined once) before a profile can be released (the field's minimum). */
const MIN_ANSWERS = BELONGING_PROFILES_FIELDS.answers.min;
/** Privacy loss allowed per component for the life of the cohort (the released profile is final). */
const EPSILON = 1;

function isScalePoint(value) {
  if (typeof value !== "number" || !Number.isFinite(value) || value < SCALE_MIN || value > SCALE_MAX) return false;
  const tenths = value * 10;
  return Math.abs(tenths - Math.round(tenths)) < 1e-9;
}

/**
 * The four means of one recorded belonging summary, or null when it is not exactly what the assessment
 * records: `{ identification, security, value, engagement, weakest }`, the means on the scale's grid,
 * `weakest` one of the components with the lowest mean (src/stores/belonging-assessment.ts).
 * @param {unknown} summary
 * @returns {null | Record<string, number>}
 */
function readBelongingSummary(summary) {
  if (summary === null || typeof summary !== "object" || Array.isArray(summary)) return null;
  const keys = Object.keys(summary).sort();
  const expected = COMPONENTS.concat("weakest").sort();
  if (keys.length !== expected.length || keys.some((key, i) => key !== expected[i])) return null;
  const means = {};
  for (const component of COMPONENTS) {
    if (!isScalePoint(summary[component])) return null;
    means[component] = summary[component];
  }
  const lowest = Math.min(...COMPONENTS.map((c) => means[c]));
  if (COMPONENTS.indexOf(summary.weakest) < 0 || means[summary.weakest] !== lowest) return null;
  return means;
}

/** A draw of Laplace noise of scale `b` from `u`, uniform in (0, 1). */
function laplace(b, u) {
  const centred = u - 0.5;
  return -b * Math.sign(centred) * Math.log(1 - 2 * Math.abs(centred));
}

/** The noise scale for `answers` answers: one person's largest effect on a mean, over EPSILON. */
function noiseScale(answers) {
  return (SCALE_MAX - SCALE_MIN) / (answers * EPSILON);
}

/**
 * The profile to release from the valid answers' means, with noise drawn by `uniform` (a function giving
 * numbers uniform in (0, 1), cryptographically random in the server); null below MIN_ANSWERS.
 * @param {Record<string, number>[]} answers
 * @param {() => number} uniform
 * @returns {null | { answers: number, noise: number, identification: number, security: number, value: number, engagement: number }}
 */
function releaseProfile(answers, uniform) {
  const n = answers.length;
  if (n < MIN_ANSWERS) return null;
  const b = noiseScale(n);
  /** @type {any} */
  const profile = { answers: n, noise: Math.round(b * 100) / 100 };
  for (const component of COMPONENTS) {
    const mean = answers.reduce((sum, a) => sum + a[component], 0) / n;
    const noisy = Math.min(SCALE_MAX, Math.max(SCALE_MIN, mean + laplace(b, uniform())));
    profile[component] = Math.round(noisy * 10) / 10;
  }
  return profile;
}

/** A uniform number in (0, 1) from 13 random hexadecimal digits (52 bits, what a double holds exactly). */
function uniformFromHex(hex) {
  return (parseInt(hex, 16) + 0.5) / 2 ** 52;
}

module.exports = {
  COMPONENTS,
  EPSILON,
  MIN_ANSWERS,
  laplace,
  noiseScale,
  readBelongingSummary,
  releaseProfile,
  uniformFromHex,
};
