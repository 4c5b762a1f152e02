// The trainer's participant table: one row per participant with their commitment counts, filtered
// and sorted in the database. Filters on module, status and kind count only matching commitments;
// with any of them set, participants without a matching commitment are left out. Names sort by code
// point here (the hooks' JS engine has no Intl); the dashboard puts Chinese names in pinyin order with
// Intl.Collator("zh-CN") (src/islands/trainer/dashboard/participant-order.ts).
const { rows } = require("./db.js");
const { COMMITMENTS_FIELDS } = require("./generated/contract.js");

const SORTS = {
  name: "p.name COLLATE NOCASE ASC",
  "-name": "p.name COLLATE NOCASE DESC",
  commitments: "commitments ASC, p.name",
  "-commitments": "commitments DESC, p.name",
  done: "done ASC, p.name",
  "-done": "done DESC, p.name",
  lastCheckin: "lastCheckin ASC, p.name",
  "-lastCheckin": "lastCheckin DESC, p.name",
  joined: "p.created ASC",
  "-joined": "p.created DESC",
};

/**
 * Reads the table's query: text search on the name, module/status/kind filters, a sort key.
 * @param {Record<string, string>} query
 */
function readTableQuery(query) {
  const pick = (value, allowed) => (allowed.indexOf(value) >= 0 ? value : "");
  return {
    // Cut before trimming: a query string can be up to a megabyte long.
    q: String(query.q || "")
      .slice(0, 200)
      .trim()
      .slice(0, 40),
    module: /^[a-z0-9-]{1,40}$/.test(query.module || "") ? query.module : "",
    status: pick(query.status, COMMITMENTS_FIELDS.status.values),
    kind: pick(query.kind, COMMITMENTS_FIELDS.kind.values),
    sort: SORTS[query.sort] ? query.sort : "name",
  };
}

/** The table's rows for one cohort. */
function participantTable(app, cohort, query) {
  const f = readTableQuery(query);
  const match = ["k.participant = p.id"];
  if (f.module) match.push("k.module = {:module}");
  if (f.status) match.push("k.status = {:status}");
  if (f.kind) match.push("k.kind = {:kind}");
  const where = ["p.cohort = {:cohort}"];
  if (f.q) where.push("p.name LIKE {:q} ESCAPE '\\'");
  const filtered = f.module || f.status || f.kind;
  const sql = `
    SELECT p.id AS id, p.name AS name, p.namedInReport AS namedInReport, p.followUpConsent AS followUpConsent,
      p.created AS joined, COUNT(k.id) AS commitments,
      SUM(CASE WHEN k.status = 'done' THEN 1 ELSE 0 END) AS done,
      SUM(CASE WHEN k.status = 'in_progress' THEN 1 ELSE 0 END) AS inProgress,
      SUM(CASE WHEN k.status = 'planned' THEN 1 ELSE 0 END) AS planned,
      SUM(CASE WHEN k.status = 'dropped' THEN 1 ELSE 0 END) AS dropped,
      COALESCE(MAX((SELECT MAX(c.created) FROM checkins c WHERE c.commitment = k.id)), '') AS lastCheckin
    FROM participants p LEFT JOIN commitments k ON ${match.join(" AND ")}
    WHERE ${where.join(" AND ")}
    GROUP BY p.id
    ${filtered ? "HAVING COUNT(k.id) > 0" : ""}
    ORDER BY ${SORTS[f.sort]}`;
  const columns = {
    id: "",
    name: "",
    namedInReport: false,
    followUpConsent: false,
    joined: "",
    commitments: 0,
    done: 0,
    inProgress: 0,
    planned: 0,
    dropped: 0,
    lastCheckin: "",
  };
  const like = `%${f.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return {
    query: f,
    rows: rows(app, columns, sql, { cohort: cohort.id, module: f.module, status: f.status, kind: f.kind, q: like }),
  };
}

module.exports = { participantTable, readTableQuery };
