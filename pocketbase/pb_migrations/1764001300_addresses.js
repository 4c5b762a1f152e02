/// <reference path="../../pb_data/types.d.ts" />
// Email addresses become their own records (README "Email addresses"): one `addresses` record per
// normalised address, which participants link to (a hidden relation) instead of keeping the address in
// their own auth email. So one person can be in many cohorts, an unsubscribe holds for the address in
// every cohort, and no participant's text is emailed until the address's owner confirmed that
// participation (`participants.emailConfirmedAt`, set from the confirmation email's link or by signing
// in with an emailed code). Sign-in codes move to the addresses collection.
// Cohorts get a capacity: how many participants the join code admits (pb_hooks/lib/join.js).
//
// Existing data: each participant's email moves to its address; an unsubscribe moves to the address.
// A participation counts as confirmed only where its owner proved the address before: they answered
// a follow-up email through its link, or signed in with an emailed code (PocketBase marked them
// verified). Everyone else with follow-up consent gets one confirmation email (the next job run) and no
// follow-ups until they confirm: an address someone else typed must not keep getting their text.

migrate(
  (app) => {
    const { normalizeEmail } = require(`${__hooks}/lib/generated/contract.js`);
    const DEFAULT_CAPACITY = 60;
    const MAX_CAPACITY = 300;

    const addresses = new Collection({
      id: "jn_addresses001",
      type: "auth",
      name: "addresses",
      // Superusers only: the hooks read and write addresses for the flows (join, confirmation, sign-in).
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      // Signing in with an emailed code proves the address; any such sign-in is allowed.
      authRule: "",
      fields: [
        // The owner confirmed a participation from this address at least once (a link or a code).
        { type: "date", name: "confirmedAt" },
        // Unsubscribed: no follow-up and no confirmation email, in any cohort, until the owner resumes.
        { type: "date", name: "unsubscribedAt" },
        // The last confirmation email, and the newest participation that asked for one (at most one a day).
        { type: "date", name: "confirmMailAt" },
        { type: "date", name: "confirmRequestedAt" },
        { type: "autodate", name: "created", onCreate: true, onUpdate: false },
        { type: "autodate", name: "updated", onCreate: true, onUpdate: true },
      ],
      // Case-insensitive, so PocketBase's own lookups (sign-in codes) find "Lina@example.com" too.
      indexes: ["CREATE UNIQUE INDEX idx_addresses_email ON addresses (email COLLATE NOCASE) WHERE email != ''"],
      passwordAuth: { enabled: false, identityFields: ["email"] },
      otp: { enabled: true, duration: 600, length: 6 },
      // PocketBase's own "new sign-in" emails are English only: the code email is the one message.
      authAlert: { enabled: false },
      // A session of an address only lasts for picking a cohort on the sign-in page.
      authToken: { duration: 60 * 60 },
    });
    app.save(addresses);

    const participants = app.findCollectionByNameOrId("participants");
    participants.fields.add(
      new RelationField({
        name: "address",
        hidden: true,
        collectionId: addresses.id,
        maxSelect: 1,
        cascadeDelete: false,
      }),
    );
    participants.fields.add(new DateField({ name: "emailConfirmedAt" }));
    participants.indexes = participants.indexes.concat([
      "CREATE INDEX idx_participants_address ON participants (address)",
    ]);
    participants.otp.enabled = false;
    participants.updateRule = participants.updateRule.replace(
      "@request.body.unsubscribedAt:isset = false",
      "@request.body.emailConfirmedAt:isset = false && @request.body.address:isset = false && @request.body.email:isset = false",
    );
    app.save(participants);

    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.add(new NumberField({ name: "capacity", min: 1, max: MAX_CAPACITY, onlyInt: true }));
    app.save(cohorts);
    app
      .db()
      .newQuery(
        `UPDATE cohorts SET capacity = MIN(${MAX_CAPACITY}, MAX(${DEFAULT_CAPACITY},
      (SELECT COUNT(*) FROM participants p WHERE p.cohort = cohorts.id)))`,
      )
      .execute();

    // Existing participants' addresses. Plain SQL on participants, so no record hook runs here.
    const now = new DateTime().string();
    const rows = arrayOf(
      new DynamicModel({ id: "", email: "", verified: false, followUpConsent: false, unsubscribedAt: "", answered: 0 }),
    );
    app
      .db()
      .newQuery(
        `SELECT p.id AS id, p.email AS email, p.verified AS verified, p.followUpConsent AS followUpConsent,
        p.unsubscribedAt AS unsubscribedAt,
        (SELECT COUNT(*) FROM checkins c JOIN followups f ON c.followup = f.id WHERE f.participant = p.id) AS answered
      FROM participants p WHERE p.email != '' ORDER BY p.created`,
      )
      .all(rows);
    for (const row of rows) {
      const email = normalizeEmail(row.email);
      let address = null;
      try {
        address = app.findAuthRecordByEmail("addresses", email);
      } catch (_) {
        address = new Record(addresses);
        address.setEmail(email);
        address.set("emailVisibility", false);
        const password = address.getRaw("password");
        password.hash = "!no-password-sign-in";
        address.setRaw("password", password);
      }
      const proven = row.verified || row.answered > 0;
      if (proven && !address.getString("confirmedAt")) address.set("confirmedAt", now);
      if (row.unsubscribedAt && row.unsubscribedAt > address.getString("unsubscribedAt"))
        address.set("unsubscribedAt", row.unsubscribedAt);
      if (row.followUpConsent && !proven) address.set("confirmRequestedAt", now);
      app.save(address);
      app
        .db()
        .newQuery(
          "UPDATE participants SET address = {:a}, emailConfirmedAt = {:confirmed}, email = '', verified = 0 WHERE id = {:id}",
        )
        .bind({ a: address.id, confirmed: proven ? now : "", id: row.id })
        .execute();
    }

    const withoutUnsubscribe = app.findCollectionByNameOrId("participants");
    withoutUnsubscribe.fields.removeByName("unsubscribedAt");
    app.save(withoutUnsubscribe);
  },
  (app) => {
    // Back to one email per participant. The email field is unique among participants, so where one
    // address served several cohorts, only its earliest participant gets it back.
    const participants = app.findCollectionByNameOrId("participants");
    participants.fields.add(new DateField({ name: "unsubscribedAt" }));
    app.save(participants);
    app
      .db()
      .newQuery(
        `UPDATE participants SET
        email = COALESCE((SELECT a.email FROM addresses a WHERE a.id = participants.address
          AND NOT EXISTS (SELECT 1 FROM participants q WHERE q.address = participants.address
            AND (q.created < participants.created OR (q.created = participants.created AND q.id < participants.id)))), ''),
        unsubscribedAt = COALESCE((SELECT a.unsubscribedAt FROM addresses a WHERE a.id = participants.address), '')
      WHERE address != ''`,
      )
      .execute();

    const restored = app.findCollectionByNameOrId("participants");
    restored.otp.enabled = true;
    restored.updateRule = restored.updateRule.replace(
      "@request.body.emailConfirmedAt:isset = false && @request.body.address:isset = false && @request.body.email:isset = false",
      "@request.body.unsubscribedAt:isset = false",
    );
    restored.indexes = restored.indexes.filter((index) => !index.includes("idx_participants_address"));
    restored.fields.removeByName("address");
    restored.fields.removeByName("emailConfirmedAt");
    app.save(restored);

    const cohorts = app.findCollectionByNameOrId("cohorts");
    cohorts.fields.removeByName("capacity");
    app.save(cohorts);

    app.delete(app.findCollectionByNameOrId("addresses"));
  },
);
