// The supervisor's page (/supervisor/, no account): the link's token names one supervisor, who sees
// their team's commitments shared with them right now (across every cohort: one supervisor is one
// contact), this week's huddle prompt, and taps "discussed" and "observed" with a short note. A
// commitment's words, status and check-in dates only: never a check-in note. A withdrawal or a deleted
// participation takes effect on the next request; an expired link shows nothing (410), an unknown one
// is a failed guess (404, lib/guess-limit.js).
const { linkSecret } = require("./answer-token.js");
const { throwFieldError, throwFieldErrors } = require("./api-errors.js");
const { findOrNull, rows } = require("./db.js");
const { TOKEN_PATTERN, isLinkLive, tokenOfDigest } = require("./pure/answer-link.js");
const { huddlePrompt, isoWeek, readNote } = require("./pure/supervisor-input.js");

/** The token of a supervisor's link: the same for every digest of one series (so a resent email carries it too). */
function supervisorToken(app, supervisor) {
  return tokenOfDigest(
    $security.hs256(`supervisor:${supervisor.id}:${supervisor.getString("tokenSeries")}`, linkSecret(app)),
  );
}

/** The supervisor a live token belongs to; throws 404 (unknown) or 410 (expired). */
function supervisorOfToken(app, token) {
  const supervisor =
    typeof token === "string" && TOKEN_PATTERN.test(token)
      ? findOrNull(() => app.findFirstRecordByData("supervisors", "tokenHash", $security.sha256(token)))
      : null;
  if (!supervisor) throwFieldError(404, "t", "jiannuo_token_invalid");
  if (!isLinkLive(supervisor.getString("tokenExpiresAt"), Date.now()))
    throwFieldError(410, "t", "jiannuo_token_expired");
  return supervisor;
}

/** SQL condition: the shares (`sh`, with their link `l`) a supervisor `{:s}` may see now: consent given, link active. */
const LIVE = "l.supervisor = {:s} AND l.state = 'active' AND sh.consent = TRUE";

/** POST /api/jiannuo/supervisor/view { t }: the page's content. */
function supervisorView(app, body) {
  const supervisor = supervisorOfToken(app, body && body.t);
  const s = { s: supervisor.id };
  const week = isoWeek(Date.now());
  const shared = rows(
    app,
    { id: "", action: "", module: "", status: "", participant: "", name: "" },
    `SELECT k.id, k.action, k.module, k.status, p.id AS participant, p.name FROM supervisor_shares sh
     JOIN supervisor_links l ON l.id = sh.link JOIN commitments k ON k.id = sh.commitment
     JOIN participants p ON p.id = l.participant WHERE ${LIVE} ORDER BY p.name, p.id, k.created`,
    s,
  );
  const checkins = rows(
    app,
    { commitment: "", at: "" },
    `SELECT ch.commitment, ch.created AS at FROM checkins ch JOIN supervisor_shares sh ON sh.commitment = ch.commitment
     JOIN supervisor_links l ON l.id = sh.link WHERE ${LIVE} ORDER BY ch.created`,
    s,
  );
  const marks = rows(
    app,
    { commitment: "", kind: "", note: "" },
    `SELECT m.commitment, m.kind, m.note FROM supervisor_marks m JOIN supervisor_links l ON l.id = m.link
     WHERE l.supervisor = {:s} AND m.week = {:w}`,
    { ...s, w: week },
  );
  // Members are keyed by their place on the page, not their record id: the page needs no more.
  const team = [];
  const byParticipant = {};
  for (const k of shared) {
    let member = byParticipant[k.participant];
    if (!member)
      team.push((member = byParticipant[k.participant] = { id: `m${team.length + 1}`, name: k.name, commitments: [] }));
    const mine = marks.filter((m) => m.commitment === k.id);
    const mark = (kind) => {
      const found = mine.find((m) => m.kind === kind);
      return found ? { note: found.note } : null;
    };
    member.commitments.push({
      id: k.id,
      action: k.action,
      module: k.module,
      status: k.status,
      // Dates only (YYYY-MM-DD): never what the participant wrote at a check-in.
      checkins: checkins.filter((c) => c.commitment === k.id).map((c) => c.at.slice(0, 10)),
      discussed: mark("discussed"),
      observed: mark("observed"),
    });
  }
  return {
    locale: supervisor.getString("locale"),
    week,
    prompt: huddlePrompt(week),
    stopped: Boolean(supervisor.getString("stoppedAt")),
    team,
  };
}

/**
 * POST /api/jiannuo/supervisor/stop { t, resume? }: the supervisor's own "no more weekly notes" (their
 * page still works until the link expires), or taking it back. The link came to them, so they may.
 */
function stopDigests(app, body) {
  const b = body || {};
  const supervisor = supervisorOfToken(app, b.t);
  const { pbDate } = require("./pure/pb-date.js");
  supervisor.set("stoppedAt", b.resume === true ? "" : supervisor.getString("stoppedAt") || pbDate(Date.now()));
  app.save(supervisor);
  return supervisorView(app, { t: b.t });
}

/**
 * POST /api/jiannuo/supervisor/mark { t, c, kind, note }: "discussed" or "observed" for a commitment the
 * supervisor may see now; one of each per commitment and week, a second tap corrects the note. A
 * commitment not shared with this supervisor answers 404, as if it did not exist.
 */
function markCommitment(app, body) {
  const b = body || {};
  const supervisor = supervisorOfToken(app, b.t);
  const kind = b.kind === "discussed" || b.kind === "observed" ? b.kind : "";
  const { note, error } = readNote(b.note);
  if (!kind || error)
    throwFieldErrors(Object.assign(kind ? {} : { kind: "validation_invalid_value" }, error ? { note: error } : {}));
  const c = typeof b.c === "string" && /^[a-z0-9]{15}$/.test(b.c) ? b.c : "";
  const link = rows(
    app,
    { link: "" },
    `SELECT sh.link FROM supervisor_shares sh JOIN supervisor_links l ON l.id = sh.link
     WHERE ${LIVE} AND sh.commitment = {:c} LIMIT 1`,
    {
      s: supervisor.id,
      c,
    },
  )[0];
  if (!link) throwFieldError(404, "c", "jiannuo_token_invalid");
  const week = isoWeek(Date.now());
  const filter = "link = {:l} && commitment = {:c} && kind = {:k} && week = {:w}";
  const params = { l: link.link, c, k: kind, w: week };
  let record = findOrNull(() => app.findFirstRecordByFilter("supervisor_marks", filter, params));
  if (!record) {
    record = new Record(app.findCollectionByNameOrId("supervisor_marks"));
    record.set("link", link.link);
    record.set("commitment", c);
    record.set("kind", kind);
    record.set("week", week);
  }
  record.set("note", note);
  try {
    app.save(record);
  } catch (err) {
    // Two taps at once: the unique index kept the first; this one corrects its note.
    const first = findOrNull(() => app.findFirstRecordByFilter("supervisor_marks", filter, params));
    if (!first) throw err;
    first.set("note", note);
    app.save(first);
  }
  return supervisorView(app, { t: b.t });
}

module.exports = { LIVE, markCommitment, stopDigests, supervisorOfToken, supervisorToken, supervisorView };
