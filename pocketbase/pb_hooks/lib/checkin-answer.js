// Answers given through a follow-up email's links.
const { resumeAddress, stopAddress } = require("./addresses.js");
const { followupOfToken, followupShows } = require("./answer-token.js");
const { throwFieldError } = require("./api-errors.js");
const { findOrNull, scalar } = require("./db.js");
const { fieldProblem } = require("./pure/field-checks.js");
const { STATUS_OF_ANSWER } = require("./pure/followup-mail.js");
const { asksIsolation, isolationFields } = require("./pure/isolation.js");

/** The commitment `commitmentId` if the token's email asked about it (a 404 otherwise, as for any unknown link). */
function commitmentOf(app, followup, commitmentId) {
  // A record id is 15 characters: anything longer is unknown without a look-up.
  const id = typeof commitmentId === "string" && commitmentId.length <= 15 ? commitmentId : "";
  const shown = id !== "" && followupShows(followup, id);
  const commitment = shown ? findOrNull(() => app.findRecordById("commitments", id)) : null;
  if (!commitment || commitment.getString("participant") !== followup.getString("participant")) {
    throwFieldError(404, "c", "jiannuo_token_invalid");
  }
  return commitment;
}

function answerOf(app, followup, commitment) {
  return findOrNull(() =>
    app.findFirstRecordByFilter("checkins", "followup = {:f} && commitment = {:k}", {
      f: followup.id,
      k: commitment.id,
    }),
  );
}

/**
 * The channel whose message brought this answer: the one the link names (`ch`) when a message of that
 * channel did carry this follow-up to this participant (the fragment is the reader's to edit, so it is
 * checked), else email when the follow-up was emailed, else none.
 */
function channelOfAnswer(app, followup, ch) {
  const { PARTICIPANT_CHANNELS } = require("./reach-choices.js");
  if (PARTICIPANT_CHANNELS.indexOf(ch) >= 0) {
    const carried = scalar(
      app,
      `SELECT COUNT(*) AS n FROM channel_deliveries d, json_each(d.followups) j
       WHERE d.participant = {:p} AND d.channel = {:ch} AND d.state = 'sent' AND j.value = {:f}`,
      { p: followup.getString("participant"), ch, f: followup.id },
    );
    if (carried) return ch;
  }
  return followup.getString("state") === "sent" ? "email" : "";
}

function view(app, followup, commitment, answer) {
  const participant = app.findRecordById("participants", followup.getString("participant"));
  return {
    participant: { name: participant.getString("name"), locale: participant.getString("locale") },
    // From day 45 on, the page also asks how much of a change came from what they did (pure/isolation.js).
    askIsolation: asksIsolation(followup.getInt("round")),
    commitment: {
      id: commitment.id,
      action: commitment.getString("action"),
      trigger: commitment.getString("trigger"),
      status: commitment.getString("status"),
    },
    answer: answer
      ? {
          status: answer.getString("status"),
          needsHelp: answer.getBool("needsHelp"),
          note: answer.getString("note"),
          shareable: answer.getBool("shareable"),
          isolation: answer.getBool("isolationGiven")
            ? { share: answer.getInt("isolationShare"), sure: answer.getInt("isolationSure") }
            : null,
        }
      : null,
  };
}

/** The page's data for token `t` and commitment `c`. */
function checkinView(app, t, c) {
  const followup = followupOfToken(app, t, false);
  const commitment = commitmentOf(app, followup, c);
  return view(app, followup, commitment, answerOf(app, followup, commitment));
}

/**
 * Records `{ t, c, s }` (and optionally `note`, `shareable`, and from day 45 on `isolation`: `{ share,
 * sure }` or null to take it back) as the one answer of this email. `ch`: the channel whose message held
 * the link (none for email); the first answer keeps it (channelOfAnswer).
 */
function recordAnswer(app, body) {
  const b = body || {};
  const followup = followupOfToken(app, b.t, false);
  const commitment = commitmentOf(app, followup, b.c);
  const status = STATUS_OF_ANSWER[b.s];
  if (!status) throwFieldError(400, "s", "validation_invalid_value");
  const noteProblem = fieldProblem("checkins", "note", b.note);
  if (noteProblem) throwFieldError(400, "note", noteProblem);
  const isolation = b.isolation === undefined ? null : isolationFields(b.isolation);
  if (isolation && !asksIsolation(followup.getInt("round")))
    throwFieldError(400, "isolation", "jiannuo_isolation_not_asked");
  if (isolation && isolation.error) throwFieldError(400, "isolation", isolation.error);
  let answer = answerOf(app, followup, commitment);
  if (!answer) {
    answer = new Record(app.findCachedCollectionByNameOrId("checkins"));
    answer.load({
      commitment: commitment.id,
      followup: followup.id,
      source: "email",
      channel: channelOfAnswer(app, followup, b.ch),
    });
  }
  answer.set("status", status);
  answer.set("needsHelp", b.s === "need_help");
  if (typeof b.note === "string") answer.set("note", b.note.trim());
  if (typeof b.shareable === "boolean") answer.set("shareable", b.shareable);
  if (isolation) for (const field of Object.keys(isolation)) answer.set(field, isolation[field]);
  app.save(answer); // lib/status-history.js moves the commitment to this status
  return view(app, followup, app.findRecordById("commitments", commitment.id), answer);
}

/**
 * Unsubscribes the address the token's email went to, in every cohort (what was queued is skipped), and
 * withdraws the token's participant's consent. With `undo`, takes both back: the link came to the
 * address, so its owner may.
 */
function unsubscribe(app, t, undo) {
  const followup = followupOfToken(app, t, true);
  const participant = app.findRecordById("participants", followup.getString("participant"));
  participant.set("followUpConsent", Boolean(undo));
  app.save(participant);
  if (undo) resumeAddress(app, participant.getString("address"));
  else stopAddress(app, participant.getString("address"));
}

module.exports = { checkinView, recordAnswer, unsubscribe };
