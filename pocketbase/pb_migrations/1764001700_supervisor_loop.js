/// <reference path="../../pb_data/types.d.ts" />
// The supervisor loop (README "Who sees what"): a participant names their supervisor (店长、班组长) and,
// as a consent of its own per commitment (PIPL Art. 23: a separate consent per recipient), chooses which
// commitments that supervisor may see. The supervisor has no account: a private, expiring link.
// - supervisors: one per normalised contact (an email, or a mainland mobile number reached through the
//   WeCom or DingTalk app, lib/channels/), so a supervisor of many staff across cohorts has one page. The link's token is derived from the server's secret and `tokenSeries`; only its
//   sha256 is kept. `digestAt` is the weekly digest's claim (lib/supervisor-digest.js).
// - supervisor_links: a participant ↔ supervisor pair, named by the participant or proposed by the
//   trainer (a proposal shares nothing until the participant ticks commitments).
// - supervisor_shares: one consent per commitment and link, stamped by the server when given and withdrawn.
// - supervisor_marks: the supervisor's "discussed" and "observed" taps, one of each per commitment and
//   week, with an optional short note; the participant reads them on /me/.
// All four are the server's alone (every rule null): participants, supervisors and trainers reach them
// only through routes (participant-routes.pb.js, supervisor-routes.pb.js, trainer-routes.pb.js), which
// join, normalise and stamp what rules cannot; so no realtime event of them reaches anyone.

function timestamps() {
  return [
    { type: "autodate", name: "created", onCreate: true, onUpdate: false },
    { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
  ];
}

function ownedBy(name, collectionId) {
  return { type: "relation", name, required: true, collectionId, maxSelect: 1, cascadeDelete: true };
}

const SERVER_ONLY = { listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null };

migrate(
  (app) => {
    const supervisors = new Collection({
      id: "jn_supervisor01",
      type: "base",
      name: "supervisors",
      ...SERVER_ONLY,
      fields: [
        // The email (trimmed, lower case) or the mobile number (11 digits): the one key of a supervisor.
        { type: "text", name: "contact", required: true, hidden: true, max: 254 },
        // How the weekly digest reaches them: email, or a message of the WeCom or DingTalk app to the mobile number.
        {
          type: "select",
          name: "channel",
          required: true,
          values: ["email", "wecom_app", "dingtalk_notice"],
          maxSelect: 1,
        },
        { type: "select", name: "locale", required: true, values: ["zh-CN", "en"], maxSelect: 1 },
        { type: "text", name: "tokenSeries", hidden: true, max: 64 },
        { type: "text", name: "tokenHash", hidden: true, max: 64 },
        { type: "date", name: "tokenExpiresAt" },
        { type: "date", name: "digestAt" },
        // When the supervisor asked for no more weekly notes (their page's "stop"); empty while they come.
        { type: "date", name: "stoppedAt" },
        ...timestamps(),
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_supervisors_contact ON supervisors (contact)",
        "CREATE INDEX idx_supervisors_token ON supervisors (tokenHash)",
      ],
    });
    app.save(supervisors);

    const links = new Collection({
      id: "jn_superlink001",
      type: "base",
      name: "supervisor_links",
      ...SERVER_ONLY,
      fields: [
        ownedBy("participant", "jn_participants"),
        ownedBy("cohort", "jn_cohorts00001"),
        ownedBy("supervisor", supervisors.id),
        // The name as the participant (or the trainer's list) wrote it.
        { type: "text", name: "name", required: true, max: 60 },
        { type: "select", name: "proposedBy", required: true, values: ["participant", "trainer"], maxSelect: 1 },
        { type: "select", name: "state", required: true, values: ["proposed", "active", "withdrawn"], maxSelect: 1 },
        { type: "date", name: "withdrawnAt" },
        ...timestamps(),
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_supervisor_links_pair ON supervisor_links (participant, supervisor)",
        "CREATE INDEX idx_supervisor_links_supervisor ON supervisor_links (supervisor, state)",
        "CREATE INDEX idx_supervisor_links_cohort ON supervisor_links (cohort)",
      ],
    });
    app.save(links);

    const shares = new Collection({
      id: "jn_supershare01",
      type: "base",
      name: "supervisor_shares",
      ...SERVER_ONLY,
      fields: [
        ownedBy("link", links.id),
        ownedBy("commitment", "jn_commitments1"),
        { type: "bool", name: "consent" },
        { type: "date", name: "consentAt" },
        { type: "date", name: "withdrawnAt" },
        ...timestamps(),
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_supervisor_shares_once ON supervisor_shares (link, commitment)",
        "CREATE INDEX idx_supervisor_shares_commitment ON supervisor_shares (commitment)",
      ],
    });
    app.save(shares);

    const marks = new Collection({
      id: "jn_supermark001",
      type: "base",
      name: "supervisor_marks",
      ...SERVER_ONLY,
      fields: [
        ownedBy("link", links.id),
        ownedBy("commitment", "jn_commitments1"),
        { type: "select", name: "kind", required: true, values: ["discussed", "observed"], maxSelect: 1 },
        // The ISO week of the tap ("2026-W49"): one of each kind per commitment and week; a second tap corrects the note.
        { type: "text", name: "week", required: true, max: 8, pattern: "^[0-9]{4}-W[0-9]{2}$" },
        { type: "text", name: "note", max: 200 },
        ...timestamps(),
      ],
      indexes: [
        "CREATE UNIQUE INDEX idx_supervisor_marks_once ON supervisor_marks (link, commitment, kind, week)",
        "CREATE INDEX idx_supervisor_marks_commitment ON supervisor_marks (commitment)",
      ],
    });
    app.save(marks);
  },
  (app) => {
    for (const name of ["supervisor_marks", "supervisor_shares", "supervisor_links", "supervisors"])
      app.delete(app.findCollectionByNameOrId(name));
  },
);
