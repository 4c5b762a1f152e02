// The next follow-up of a cohort, as its first consenting participant will see it (or, before anyone
// consented, as a made-up participant would). Links in a preview carry no valid token.
const { CAN_BE_EMAILED, OPEN_COMMITMENT } = require("./db.js");
const { messagesFor } = require("./generated/messages.js");
const { followUpMail } = require("./pure/followup-mail.js");

const PREVIEW_TOKEN = "PREVIEW".padEnd(43, "0");

function followUpPreview(app, cohort, trainer) {
  const participants = app.findRecordsByFilter("participants", `cohort = {:c} && ${CAN_BE_EMAILED}`, "created", 1, 0, {
    c: cohort.id,
  });
  const participant = participants[0] || null;
  const locale = participant ? participant.getString("locale") : cohort.getString("locale");
  const commitments = participant
    ? app
        .findRecordsByFilter("commitments", `participant = {:p} && ${OPEN_COMMITMENT}`, "created", 0, 0, {
          p: participant.id,
        })
        .map((k) => ({ id: k.id, action: k.getString("action"), trigger: k.getString("trigger") }))
    : [{ id: "preview0000000", action: messagesFor(locale)["email.followup.preview.commitment"], trigger: "" }];
  const mail = followUpMail({
    locale,
    kind: "round",
    appUrl: app.settings().meta.appURL.replace(/\/$/, ""),
    token: PREVIEW_TOKEN,
    participantName: participant
      ? participant.getString("name")
      : messagesFor(locale)["email.followup.preview.participant"],
    trainerName: trainer.getString("name"),
    cohortName: cohort.getString("name"),
    commitments,
  });
  return {
    to: participant ? participant.getString("name") : "",
    locale,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
  };
}

module.exports = { followUpPreview };
