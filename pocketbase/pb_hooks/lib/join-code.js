// Join codes are always made by the server: a new cohort gets one, and a trainer can ask for a new one.
const { throwUnavailable } = require("./api-errors.js");
const { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } = require("./generated/contract.js");

/**
 * A random join code no cohort uses, other than `old`; "" when 20 tries all collided. Collisions are
 * rare (31^6 codes); the unique index on cohorts.joinCode is the final guard.
 */
function freeJoinCode(app, old) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = $security.randomStringWithAlphabet(JOIN_CODE_LENGTH, JOIN_CODE_ALPHABET);
    if (code !== old && app.countRecords("cohorts", $dbx.hashExp({ joinCode: code })) === 0) return code;
  }
  return "";
}

/** Gives `cohort` a new join code and saves it; participants who already joined stay in. */
function renewJoinCode(app, cohort) {
  const code = freeJoinCode(app, cohort.getString("joinCode"));
  if (!code) throwUnavailable("Could not find a free join code; try again.");
  cohort.set("joinCode", code);
  app.save(cohort);
  return code;
}

module.exports = { freeJoinCode, renewJoinCode };
