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
    if (given && !wasGiven) {
      record.set(at, now);
      // Giving follow-up consent again undoes an earlier unsubscribe.
      if (flag === "followUpConsent") record.set("unsubscribedAt", "");
    } else if (!given) {
      record.set(at, "");
    }
  }
}

module.exports = { stampConsents };
