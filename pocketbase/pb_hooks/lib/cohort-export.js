// The rows of a cohort's CSV exports (commitments, check-ins), in the cohort's language: headers and
// values in its words, modules by their course titles, times in the cohort's time zone (named in the
// header of each time column).
const { rows } = require("./db.js");
const { formatMessage, messagesFor } = require("./generated/messages.js");
const { moduleTitleIn } = require("./generated/module-titles.js");
const { toCsv } = require("./pure/csv.js");
const { strengthScore } = require("./pure/commitment-strength.js");
const { formatInZone, zoneOf } = require("./time-zone.js");

/** Each export's columns, in order, as message keys (words the app shows too are common.*); times in the zone. */
const COLUMNS = {
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
    "csv.commitments.strength",
    "csv.commitments.visibility",
    "common.status",
    { time: "csv.commitments.created" },
    "csv.commitments.checkins",
    { time: "csv.commitments.lastCheckin" },
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
    { time: "csv.checkins.created" },
  ],
};

/** How the export writes things, in the cohort's language and time zone. */
function writerFor(cohort, table) {
  const locale = cohort.getString("locale");
  const t = messagesFor(locale);
  const zone = zoneOf(cohort.getString("timeZone"));
  return {
    header: COLUMNS[table].map((column) =>
      typeof column === "string"
        ? t[column]
        : formatMessage(t["csv.inZone"], { column: t[column.time], zone: zone.name }),
    ),
    /** A stored value (a status, a kind, yes/no) in words. */
    v: (value) => t[`csv.value.${value}`] || value,
    module: (slug) => moduleTitleIn(locale, slug),
    time: (date) => formatInZone(date, zone),
  };
}

/** Header and rows of the commitments export. */
function commitmentRows(app, cohort) {
  const w = writerFor(cohort, "commitments");
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
      strength1: 0,
      strength2: 0,
      strength3: 0,
      strength4: 0,
      strength5: 0,
      visibility: "",
      status: "",
      created: "",
      checkins: 0,
      lastAt: "",
      lastNote: "",
    },
    `SELECT k.id, p.name AS name, p.namedInReport AS named, k.module, k.kind, k.action, k."trigger" AS "trigger", k.dueOn,
       k.measure, k.support, k.confidence,
       k.strength1, k.strength2, k.strength3, k.strength4, k.strength5, k.visibility, k.status, k.created,
       (SELECT COUNT(*) FROM checkins c WHERE c.commitment = k.id) AS checkins,
       COALESCE((SELECT MAX(c.created) FROM checkins c WHERE c.commitment = k.id), '') AS lastAt,
       COALESCE((SELECT c.note FROM checkins c WHERE c.commitment = k.id AND c.note != '' ORDER BY c.created DESC LIMIT 1), '') AS lastNote
     FROM commitments k JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY k.created`,
    { c: cohort.id },
  );
  return {
    header: w.header,
    rows: data.map((r) => [
      r.id,
      r.name,
      w.v(r.named ? "yes" : "no"),
      w.module(r.module),
      w.v(r.kind),
      r.action,
      r.trigger,
      // A calendar day, not a moment: no zone applies.
      r.dueOn.slice(0, 10),
      r.measure,
      r.support,
      r.confidence,
      // The scale's score (1 to 5), empty when it was not answered in full.
      strengthScore(r) ?? "",
      w.v(r.visibility),
      w.v(r.status),
      w.time(r.created),
      r.checkins,
      w.time(r.lastAt),
      r.lastNote,
    ]),
  };
}

/** Header and rows of the check-ins export. */
function checkinRows(app, cohort) {
  const w = writerFor(cohort, "checkins");
  const data = rows(
    app,
    { id: "", commitment: "", name: "", action: "", status: "", note: "", shareable: false, source: "", created: "" },
    `SELECT c.id, c.commitment, p.name AS name, k.action, c.status, c.note, c.shareable, c.source, c.created
     FROM checkins c JOIN commitments k ON k.id = c.commitment JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY c.created`,
    { c: cohort.id },
  );
  return {
    header: w.header,
    rows: data.map((r) => [
      r.id,
      r.commitment,
      r.name,
      r.action,
      w.v(r.status),
      r.note,
      w.v(r.shareable ? "yes" : "no"),
      w.v(r.source),
      w.time(r.created),
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
