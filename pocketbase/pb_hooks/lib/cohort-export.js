// The rows of a cohort's CSV exports (commitments, check-ins), with headers in the cohort's language.
const { rows } = require("./db.js");
const { toCsv } = require("./pure/csv.js");

const LABELS = {
  "zh-CN": {
    commitments: ["承诺编号", "参与者", "同意在报告中署名", "模块", "类型", "行动", "触发情境", "日期", "怎样算做到", "支持者", "信心(1-10)", "可见范围", "状态", "提交时间", "打卡次数", "最近打卡时间", "最近打卡备注"],
    checkins: ["打卡编号", "承诺编号", "参与者", "行动", "打卡状态", "备注", "可在报告中引用", "来源", "打卡时间"],
    values: {
      personal: "个人", team: "团队", organization: "组织", private: "仅培训师", cohort: "本班可见",
      planned: "计划中", in_progress: "进行中", done: "已做到", dropped: "已放弃", app: "应用", email: "邮件", yes: "是", no: "否",
    },
  },
  en: {
    commitments: ["Commitment id", "Participant", "Agreed to be named in report", "Module", "Kind", "Action", "Trigger", "Date", "How they will know", "Support", "Confidence (1-10)", "Visibility", "Status", "Submitted", "Check-ins", "Last check-in", "Last check-in note"],
    checkins: ["Check-in id", "Commitment id", "Participant", "Action", "Check-in status", "Note", "May be quoted in report", "Source", "Checked in"],
    values: {
      personal: "personal", team: "team", organization: "organisation", private: "trainer only", cohort: "cohort",
      planned: "planned", in_progress: "in progress", done: "done", dropped: "dropped", app: "app", email: "email", yes: "yes", no: "no",
    },
  },
};

function labelsFor(locale) {
  return LABELS[locale] || LABELS["zh-CN"];
}

/** Header and rows of the commitments export. */
function commitmentRows(app, cohort) {
  const l = labelsFor(cohort.getString("locale"));
  const v = (key) => l.values[key] || key;
  const data = rows(
    app,
    { id: "", name: "", named: false, module: "", kind: "", action: "", trigger: "", dueOn: "", measure: "", support: "",
      confidence: 0, visibility: "", status: "", created: "", checkins: 0, lastAt: "", lastNote: "" },
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
    header: l.commitments,
    rows: data.map((r) => [r.id, r.name, v(r.named ? "yes" : "no"), r.module, v(r.kind), r.action, r.trigger, r.dueOn.slice(0, 10),
      r.measure, r.support, r.confidence, v(r.visibility), v(r.status), r.created, r.checkins, r.lastAt, r.lastNote]),
  };
}

/** Header and rows of the check-ins export. */
function checkinRows(app, cohort) {
  const l = labelsFor(cohort.getString("locale"));
  const v = (key) => l.values[key] || key;
  const data = rows(
    app,
    { id: "", commitment: "", name: "", action: "", status: "", note: "", shareable: false, source: "", created: "" },
    `SELECT c.id, c.commitment, p.name AS name, k.action, c.status, c.note, c.shareable, c.source, c.created
     FROM checkins c JOIN commitments k ON k.id = c.commitment JOIN participants p ON p.id = k.participant
     WHERE k.cohort = {:c} ORDER BY c.created`,
    { c: cohort.id },
  );
  return {
    header: l.checkins,
    rows: data.map((r) => [r.id, r.commitment, r.name, r.action, v(r.status), r.note, v(r.shareable ? "yes" : "no"), v(r.source), r.created]),
  };
}

/** The CSV download of `what` ("checkins"; anything else: the commitments): its file name and content. */
function exportFile(app, cohort, what) {
  const table = what === "checkins" ? "checkins" : "commitments";
  const { header, rows: data } = table === "checkins" ? checkinRows(app, cohort) : commitmentRows(app, cohort);
  return { name: `jiannuo-${cohort.getString("joinCode")}-${table}.csv`, csv: toCsv(header, data) };
}

module.exports = { exportFile };
