// Keeps each consent flag and the time it was given in step.

const CONSENTS = [
  ["followUpConsent", "followUpConsentAt"],
  ["namedInReport", "namedInReportAt"],
];

/** Stamps newly given consents with the current time and clears the time of withdrawn ones. */
function stampConsents(record, original) {
  const now = new DateTime();
  for (const [flag, at] of CONSENTS) {
    const given = record.getBool(flag);
    const wasGiven = original ? original.getBool(flag) : false;
    // Giving follow-up consent again never undoes an unsubscribe: that is the address's, and only its
    // owner can undo it from the address itself (lib/addresses.js).
    if (given && !wasGiven) {
      record.set(at, now);
    } else if (!given) {
      record.set(at, "");
    }
  }
}

module.exports = { stampConsents };
