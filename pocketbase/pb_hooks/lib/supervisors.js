// The participant's and the trainer's side of the supervisor loop (migration 1764001700): a participant
// names a supervisor and ticks, one consent per commitment, what that supervisor may see; one tap
// withdraws everything shared with them, at once. A trainer's list only proposes: nothing is shared
// before the participant ticks. The server stamps every consent and withdrawal.
const { throwFieldErrors, throwNotFound } = require("./api-errors.js");
const { findOrNull, rows, writeTransaction } = require("./db.js");
const { pbDate } = require("./pure/pb-date.js");
const { readNaming, readProposals } = require("./pure/supervisor-input.js");

/**
 * The supervisor of a normalised contact, made on first use (`locale`: the language of their digest).
 * A mobile number's app (WeCom or DingTalk) is the one the latest participant chose.
 */
function supervisorOf(tx, contact, locale, channel) {
  const existing = findOrNull(() => tx.findFirstRecordByData("supervisors", "contact", contact));
  if (existing && existing.getString("channel") === channel) return existing;
  const record = existing || new Record(tx.findCollectionByNameOrId("supervisors"));
  record.set("contact", contact);
  record.set("channel", channel);
  if (!existing) record.set("locale", locale === "en" ? "en" : "zh-CN");
  tx.save(record);
  return record;
}

/** The channels beyond email a supervisor's digest may use on this server (those with settings). */
function offeredChannels() {
  const status = require("./channels/index.js").channelStatus();
  return ["wecom_app", "dingtalk_notice"].filter((channel) => status[channel]);
}

/** The link of a participant and a supervisor, or null. */
function linkOf(tx, participantId, supervisorId) {
  return findOrNull(() =>
    tx.findFirstRecordByFilter("supervisor_links", "participant = {:p} && supervisor = {:s}", {
      p: participantId,
      s: supervisorId,
    }),
  );
}

/** Gives or withdraws the consent of each of the participant's commitments for one link; stamps changes only. */
function setShares(tx, link, ownIds, wanted, now) {
  const existing = {};
  for (const share of tx.findRecordsByFilter("supervisor_shares", "link = {:l}", "", 0, 0, { l: link.id }))
    existing[share.getString("commitment")] = share;
  const collection = tx.findCollectionByNameOrId("supervisor_shares");
  for (const id of ownIds) {
    const want = wanted.indexOf(id) >= 0;
    const share = existing[id];
    if (!share && !want) continue;
    if (share && share.getBool("consent") === want) continue;
    const record = share || new Record(collection);
    record.set("link", link.id);
    record.set("commitment", id);
    record.set("consent", want);
    if (want) {
      record.set("consentAt", now);
      record.set("withdrawnAt", "");
    } else record.set("withdrawnAt", now);
    tx.save(record);
  }
}

/**
 * What /me/ shows of the participant's supervisors: each link with the commitments it shares (and since
 * when), the participant's commitments to choose from, and what supervisors noted, newest first.
 */
function supervisorState(app, participant) {
  const p = { p: participant.id };
  const links = rows(
    app,
    { id: "", name: "", contact: "", channel: "", state: "", proposedBy: "" },
    `SELECT l.id, l.name, s.contact, s.channel, l.state, l.proposedBy FROM supervisor_links l
     JOIN supervisors s ON s.id = l.supervisor WHERE l.participant = {:p} AND l.state != 'withdrawn' ORDER BY l.created`,
    p,
  );
  const shares = rows(
    app,
    { link: "", commitment: "", consentAt: "" },
    `SELECT sh.link, sh.commitment, sh.consentAt FROM supervisor_shares sh JOIN supervisor_links l ON l.id = sh.link
     WHERE l.participant = {:p} AND sh.consent = TRUE`,
    p,
  );
  const commitments = rows(
    app,
    { id: "", action: "", module: "", status: "" },
    "SELECT id, action, module, status FROM commitments WHERE participant = {:p} ORDER BY created",
    p,
  );
  const observations = rows(
    app,
    { commitment: "", kind: "", week: "", note: "", at: "", supervisor: "" },
    `SELECT m.commitment, m.kind, m.week, m.note, m.updated AS at, l.name AS supervisor FROM supervisor_marks m
     JOIN supervisor_links l ON l.id = m.link WHERE l.participant = {:p} ORDER BY m.updated DESC LIMIT 100`,
    p,
  );
  return {
    supervisors: links.map((l) => ({
      ...l,
      shared: shares.filter((s) => s.link === l.id).map(({ commitment, consentAt }) => ({ commitment, consentAt })),
    })),
    commitments,
    observations,
    channels: ["email"].concat(offeredChannels()),
  };
}

/**
 * POST /api/jiannuo/me/supervisor { name, email, commitments }: names a supervisor (or accepts a
 * proposal, or changes what is shared) and gives consent for exactly the commitments listed; the
 * participant's other commitments are withdrawn from that supervisor. The same request again changes nothing.
 */
function nameSupervisor(app, participant, body) {
  const { value, errors } = readNaming(body, offeredChannels());
  if (Object.keys(errors).length) throwFieldErrors(errors);
  writeTransaction(app, (tx) => {
    const own = tx
      .findRecordsByFilter("commitments", "participant = {:p}", "", 0, 0, { p: participant.id })
      .map((k) => k.id);
    if (value.commitments.some((id) => own.indexOf(id) < 0)) throwFieldErrors({ commitments: "jiannuo_value_invalid" });
    const supervisor = supervisorOf(tx, value.contact, participant.getString("locale"), value.channel);
    const link =
      linkOf(tx, participant.id, supervisor.id) || new Record(tx.findCollectionByNameOrId("supervisor_links"));
    if (link.isNew()) {
      link.set("participant", participant.id);
      link.set("cohort", participant.getString("cohort"));
      link.set("supervisor", supervisor.id);
      link.set("proposedBy", "participant");
    }
    link.set("name", value.name);
    link.set("state", "active");
    link.set("withdrawnAt", "");
    tx.save(link);
    setShares(tx, link, own, value.commitments, pbDate(Date.now()));
  });
  return supervisorState(app, participant);
}

/**
 * POST /api/jiannuo/me/supervisor/withdraw { link }: one tap ends everything shared with that
 * supervisor (or declines a trainer's proposal); their page shows none of it from this moment.
 */
function withdrawSupervisor(app, participant, body) {
  const id = body && typeof body.link === "string" ? body.link : "";
  writeTransaction(app, (tx) => {
    const link = /^[a-z0-9]{15}$/.test(id) ? findOrNull(() => tx.findRecordById("supervisor_links", id)) : null;
    if (!link || link.getString("participant") !== participant.id) throwNotFound("Supervisor not found.");
    const now = pbDate(Date.now());
    link.set("state", "withdrawn");
    link.set("withdrawnAt", now);
    tx.save(link);
    for (const share of tx.findRecordsByFilter("supervisor_shares", "link = {:l} && consent = true", "", 0, 0, {
      l: link.id,
    })) {
      share.set("consent", false);
      share.set("withdrawnAt", now);
      tx.save(share);
    }
  });
  return supervisorState(app, participant);
}

/**
 * POST /api/jiannuo/supervisors/propose { cohort, list }: the trainer's list of "participant name,
 * supervisor name, supervisor email" lines. All lines or none; each bad line is named (`line<n>`). A
 * pair already linked stays as it is, so the same list twice changes nothing. Shares nothing.
 */
function proposeSupervisors(e, body) {
  const id = body && typeof body.cohort === "string" ? body.cohort : "";
  const cohort = /^[a-z0-9]{15}$/.test(id) ? findOrNull(() => e.app.findRecordById("cohorts", id)) : null;
  if (!cohort || !e.auth || cohort.getString("trainer") !== e.auth.id) throwNotFound("Cohort not found.");
  const { rows: lines, errors } = readProposals(body.list);
  const byLine = {};
  for (const { line, code } of errors) byLine[`line${line}`] = code;
  return writeTransaction(e.app, (tx) => {
    const matched = lines.map((row) => {
      const found = tx.findRecordsByFilter("participants", "cohort = {:c} && name = {:n}", "", 2, 0, {
        c: cohort.id,
        n: row.participant,
      });
      if (found.length !== 1)
        byLine[`line${row.line}`] = found.length
          ? "jiannuo_supervisor_list_ambiguous"
          : "jiannuo_supervisor_list_unknown";
      return { ...row, participant: found[0] };
    });
    if (Object.keys(byLine).length) throwFieldErrors(byLine, "Nothing was proposed: please fix the lines named.");
    let proposed = 0;
    for (const row of matched) {
      const supervisor =
        findOrNull(() => tx.findFirstRecordByData("supervisors", "contact", row.contact)) ||
        supervisorOf(tx, row.contact, cohort.getString("locale"), "email");
      if (linkOf(tx, row.participant.id, supervisor.id)) continue;
      const link = new Record(tx.findCollectionByNameOrId("supervisor_links"));
      link.set("participant", row.participant.id);
      link.set("cohort", cohort.id);
      link.set("supervisor", supervisor.id);
      link.set("name", row.name);
      link.set("proposedBy", "trainer");
      link.set("state", "proposed");
      tx.save(link);
      proposed += 1;
    }
    return { lines: matched.length, proposed, ...cohortSupervisorCounts(tx, cohort.id) };
  });
}

/** The cohort's links by state, and how many commitments are shared now: all the trainer sees of them. */
function cohortSupervisorCounts(app, cohortId) {
  const counts = { proposed: 0, active: 0, withdrawn: 0, shared: 0 };
  for (const r of rows(
    app,
    { state: "", n: 0 },
    "SELECT state, COUNT(*) AS n FROM supervisor_links WHERE cohort = {:c} GROUP BY state",
    { c: cohortId },
  ))
    counts[r.state] = r.n;
  counts.shared = rows(
    app,
    { n: 0 },
    `SELECT COUNT(*) AS n FROM supervisor_shares sh JOIN supervisor_links l ON l.id = sh.link
     WHERE l.cohort = {:c} AND l.state = 'active' AND sh.consent = TRUE`,
    { c: cohortId },
  )[0].n;
  return { links: counts };
}

module.exports = { cohortSupervisorCounts, nameSupervisor, proposeSupervisors, supervisorState, withdrawSupervisor };
