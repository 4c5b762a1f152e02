// The rows of a cohort's CSV exports (commitments, check-ins), with headers in the cohort's language.
const { rows } = require("./db.js");
const { messagesFor } = require("./generated/messages.js");
const { toCsv } = require("./pure/csv.js");

/** The header of each export's columns, in order, as message keys (words the app shows too are common.*). */
const HEADERS = {
  commitments: [
    "csv.commitments.id",
    "common.participant",
    "csv.commitments.namedInReport",
    "common.module",
    "common.kind",
    "csv.commitments.action",
    "common.trigger",
    "common.dueOn",
    "common.measure",
    "csv.commitments.support",
    "csv.commitments.confidence",
    "csv.commitments.visibility",
    "common.status",
    "csv.commitments.created",
    "csv.commitments.checkins",
    "csv.commitments.lastCheckin",
    "csv.commitments.lastNote",
  ],
  checkins: [
    "csv.checkins.id",
    "csv.commitments.id",
    "common.participant",
    "csv.commitments.action",
    "csv.checkins.status",
    "csv.checkins.note",
    "csv.checkins.shareable",
    "csv.checkins.source",
    "csv.checkins.created",
  ],
};

/** The export's headers, and how a stored value (a status, a kind, yes/no) reads, in the cohort's language. */
function labelsFor(cohort, table) {
  const t = messagesFor(cohort.getString("locale"));
  return {
    header: HEADERS[table].map((key) => t[key]),
    v: (value) => t[`csv.value.${value}`] || value,
  };
}

/** Header and rows of the commitments export. */
function commitmentRows(app, cohort) {
  const { header, v } = labelsFor(cohort, "commitments");
  const data = rows(
    app,
    {
      id: "",
      name: "",
      named: false,
      module: "",
      kind: "",
      action: "",
      trigger: "",
      dueOn: "",
      measure: "",
      support: "",
      confidence: 0,
      visibility: "",
      status: "",
      created: "",
      checkins: 0,
      lastAt: "",
      lastNote: "",
    },
    `SELECT k.id, p.name AS name, p.namedInReport AS named, k.module, k.kind, k.action, k."trigger" AS "trigger", k.dueOn,
       k.measure, k.support, k.confidence, k.visibility, k.status, k.created,
       (SELECT COUNT(*) FROM checkins c WHERE c.commitment = k.id) AS checkins,
       COALESCE((SELECT MAX(c.created) FROM checkins c WHERE c.commitment = k.id), '') AS lastAt,
       COALESCE((SELECT c.note FROM checkins c WHERE c.commitment = k.id AND c.note != '' ORDER BY c.created DESC LIMIT 1), '') AS lastNote
     FROM commitments k JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY k.created`,
    { c: cohort.id },
  );
  return {
    header,
    rows: data.map((r) => [
      r.id,
      r.name,
      v(r.named ? "yes" : "no"),
      r.module,
      v(r.kind),
      r.action,
      r.trigger,
      r.dueOn.slice(0, 10),
      r.measure,
      r.support,
      r.confidence,
      v(r.visibility),
      v(r.status),
      r.created,
      r.checkins,
      r.lastAt,
      r.lastNote,
    ]),
  };
}

/** Header and rows of the check-ins export. */
function checkinRows(app, cohort) {
  const { header, v } = labelsFor(cohort, "checkins");
  const data = rows(
    app,
    { id: "", commitment: "", name: "", action: "", status: "", note: "", shareable: false, source: "", created: "" },
    `SELECT c.id, c.commitment, p.name AS name, k.action, c.status, c.note, c.shareable, c.source, c.created
     FROM checkins c JOIN commitments k ON k.id = c.commitment JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY c.created`,
    { c: cohort.id },
  );
  return {
    header,
    rows: data.map((r) => [
      r.id,
      r.commitment,
      r.name,
      r.action,
      v(r.status),
      r.note,
      v(r.shareable ? "yes" : "no"),
      v(r.source),
      r.created,
    ]),
  };
}

/** The CSV download of `what` ("checkins"; anything else: the commitments): its file name and content. */
function exportFile(app, cohort, what) {
  const table = what === "checkins" ? "checkins" : "commitments";
  const { header, rows: data } = table === "checkins" ? checkinRows(app, cohort) : commitmentRows(app, cohort);
  return { name: `jiannuo-${cohort.getString("joinCode")}-${table}.csv`, csv: toCsv(header, data) };
}

module.exports = { exportFile };
