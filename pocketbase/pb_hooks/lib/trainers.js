// Trainer accounts: created by the first start and by the trainer command, always with a generated
// password (nothing has a fixed default password).

// No look-alike characters, so a password read off a terminal can be typed without mistakes.
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const PASSWORD_LENGTH = 20;

/** A new random password. */
function generatePassword() {
  return $security.randomStringWithAlphabet(PASSWORD_LENGTH, PASSWORD_ALPHABET);
}

/** Creates the trainer or resets their password (and name, when given). */
function upsertTrainer(app, rawEmail, name, id) {
  const email = String(rawEmail).trim().toLowerCase();
  let record;
  let created = false;
  try {
    record = app.findAuthRecordByEmail("trainers", email);
  } catch (_) {
    record = new Record(app.findCollectionByNameOrId("trainers"));
    if (id) record.set("id", id);
    record.set("email", email);
    record.setVerified(true);
    created = true;
  }
  if (name || created) record.set("name", name || email.split("@")[0]);
  const password = generatePassword();
  record.setPassword(password);
  app.save(record);
  return { record, email, password, created };
}

module.exports = { generatePassword, upsertTrainer };
