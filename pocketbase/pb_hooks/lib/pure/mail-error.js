// The error of a failed follow-up as kept in followups.lastError, which the cohort's trainer reads in
// the delivery log. Mail servers name the recipient in their refusals ("550 <x@y>: Recipient address
// rejected"), and trainers never see participants' emails, so addresses are left out.

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;

/** `error` as text for the delivery log: without email addresses, at most 1,000 characters. */
function mailErrorForLog(error) {
  return String(error).replace(ADDRESS, "(address)").slice(0, 1000);
}

module.exports = { mailErrorForLog };
