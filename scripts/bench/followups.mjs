// Follow-up emails at scale: N due follow-ups sent by the real job (POST /api/jiannuo/followups/run,
// as the tests drive it, with the cron off) to the local SMTP sink, by two overlapping runs at a
// time (a cron run and a trainer's "send now" can overlap; the lease must keep each email single),
// to a local SMTP receiver that only counts (see smtp-counter.mjs for why not the tests' sink).
// Proof that none went twice: every email's answer token hashes to the tokenHash of exactly one
// follow-up (a second send would have replaced it), emails = follow-ups marked sent = one per
// participant, and every other due follow-up is marked superseded.
// Its own PocketBase (SMTP pointing to the sink), so the other benchmarks' data does not mix in.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { upsertSuperuser } from "../lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../lib/run-pocketbase.mjs";
import { adminClient, COHORT_MAX, inParallel, join, trainerWithCohorts } from "./fixtures.mjs";
import { headerOf, startCountingSink } from "./smtp-counter.mjs";

const DAY = 86400000;
const ROUNDS = [7, 21, 45, 90];
/**
 * Each participant has one follow-up per round and one on their commitment's date, all due now (their
 * cohort ended 100 days ago): the job sends one email, the latest round, and marks the others skipped
 * as superseded (a late participant gets the latest round, never a pile).
 */
const PER_PARTICIPANT = ROUNDS.length + 1;

async function startServer(dataDir) {
  const sink = await startCountingSink();
  const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const port = await freePort();
  const server = await startPocketBase({
    dataDir,
    port,
    stdio: "pipe",
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(sink.port),
      SMTP_FROM: "noreply@jiannuo.test",
      APP_URL: `http://127.0.0.1:${port}`,
      JIANNUO_FOLLOWUP_CRON: "off",
    },
  });
  return { sink, server, superuser };
}

/**
 * `participants` consenting participants over full cohorts (at least 4) that ended 100 days ago, each with one
 * commitment due yesterday and the participation confirmed by its address's owner (as its confirmation email's link does).
 */
async function seed(url, admin, participants) {
  const endsOn = new Date(Date.now() - 100 * DAY).toISOString().slice(0, 10);
  const dueOn = new Date(Date.now() - DAY).toISOString().slice(0, 10);
  const count = Math.max(4, Math.ceil(participants / COHORT_MAX));
  const { cohorts } = await trainerWithCohorts(admin, { count, endsOn, followUpDays: ROUNDS, name: "回访" });
  const confirmedAt = new Date().toISOString().replace("T", " ");
  await inParallel(participants, 25, async (i) => {
    const cohort = cohorts[i % cohorts.length];
    const session = await join(url, cohort.joinCode, `参与者${i}`, {
      email: `p${i}@bench.test`,
      followUpConsent: true,
    });
    await admin
      .collection("participants")
      .update(session.record.id, { emailConfirmedAt: confirmedAt }, { requestKey: null });
    const res = await fetch(`${url}/api/collections/commitments/records`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: session.token },
      body: JSON.stringify({
        participant: session.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "personal",
        action: `第${i}条：每天下班前回访一位客户`,
        trigger: "当客户等候时",
        dueOn,
        confidence: 8,
        visibility: "private",
        status: "planned",
      }),
    });
    if (res.status !== 200) throw new Error(`seeding a commitment answered ${res.status}`);
  });
}

async function runJob(url, admin) {
  const res = await fetch(`${url}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { authorization: admin.authStore.token },
  });
  if (res.status !== 200) throw new Error(`the follow-up run answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Runs the whole benchmark in its own server; `followups` is rounded down to whole participants. */
export async function followupThroughput({ followups = 10_000, runners = 2 } = {}) {
  const participants = Math.max(1, Math.floor(followups / PER_PARTICIPANT));
  const total = participants * PER_PARTICIPANT;
  const emails = participants;
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-mail-"));
  const { sink, server, superuser } = await startServer(dataDir);
  try {
    const url = server.url;
    const admin = await adminClient(url, superuser);
    const seedStart = performance.now();
    await seed(url, admin, participants);
    // Planning the follow-ups is part of seeding here: with SMTP off for one run, the job only schedules.
    await admin.settings.update({ smtp: { enabled: false } });
    const planStart = performance.now();
    const planned = await runJob(url, admin);
    const planMs = performance.now() - planStart;
    await admin.settings.update({ smtp: { enabled: true } });
    const seedMs = performance.now() - seedStart;

    const runs = [];
    const sendStart = performance.now();
    await Promise.all(
      Array.from({ length: runners }, async () => {
        for (;;) {
          const result = await runJob(url, admin);
          runs.push(result);
          if (result.sent + result.skipped + result.retry === 0) return;
        }
      }),
    );
    const sendMs = performance.now() - sendStart;
    // Every run plans again before it sends (reading all cohorts' follow-ups): its cost with nothing to send.
    const idleStart = performance.now();
    await runJob(url, admin);
    const idleMs = performance.now() - idleStart;

    const count = async (filter) =>
      (await admin.collection("followups").getList(1, 1, { filter, skipTotal: false })).totalItems;
    const sent = await count("state = 'sent'");
    const notSent = await count("state != 'sent'");
    const superseded = await count("state = 'skipped' && lastError = 'superseded by a later round'");
    const hashes = new Map();
    for (const f of await admin.collection("followups").getFullList({ fields: "id,tokenHash", batch: 2000 }))
      hashes.set(f["tokenHash"], f.id);
    const mails = sink.messages;
    const matched = new Set();
    let unmatched = 0;
    const perRecipient = new Map();
    for (const mail of mails) {
      const token = /[?&]t=([A-Za-z0-9]+)/.exec(headerOf(mail.headers, "List-Unsubscribe"))?.[1] ?? "";
      const id = hashes.get(createHash("sha256").update(token).digest("hex"));
      if (id) matched.add(id);
      else unmatched += 1;
      for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    }
    const recipientsRight = perRecipient.size === participants && [...perRecipient.values()].every((n) => n === 1);
    const once =
      mails.length === emails &&
      sent === emails &&
      superseded === total - emails &&
      matched.size === emails &&
      unmatched === 0 &&
      recipientsRight;
    const perSecond = sent / (sendMs / 1000);

    return {
      // The drain time, for the mixed-channel benchmark's email-only reference (channels.mjs).
      seconds: sendMs / 1000,
      rows: [
        {
          benchmark: "seeding (participants, commitments, planning)",
          n: total,
          s: (seedMs / 1000).toFixed(1),
          "per s": "",
        },
        {
          benchmark: "  of which: the job planning the follow-ups",
          n: planned.scheduled,
          s: (planMs / 1000).toFixed(1),
          "per s": Math.round(planned.scheduled / (planMs / 1000)),
        },
        {
          benchmark: `sending: ${runners} overlapping runs at a time until done`,
          n: sent,
          s: (sendMs / 1000).toFixed(1),
          "per s": Math.round(perSecond),
        },
        {
          benchmark: "one more run with nothing left to send (re-planning only)",
          n: 0,
          s: (idleMs / 1000).toFixed(2),
          "per s": "",
        },
      ],
      notes: [
        `runs: ${runs.length}, each sends at most 500 (the job's batch); run results summed: sent ${runs.reduce((s, r) => s + r.sent, 0)}, retried ${runs.reduce((s, r) => s + r.retry, 0)}, skipped ${runs.reduce((s, r) => s + r.skipped, 0)}`,
        `emails in the sink: ${mails.length}; follow-ups marked sent: ${sent} (others: ${notSent}); emails whose token matches exactly one follow-up: ${matched.size} distinct, ${unmatched} unmatched`,
        `due follow-ups: ${total}; superseded by a later round: ${superseded} (expected ${total - emails})`,
        `recipients: ${perRecipient.size} of ${participants}, each with exactly one email: ${recipientsRight ? "yes" : "NO"}`,
        `so none was sent twice and none was lost: ${once ? "yes" : "NO"}`,
      ],
      summary: [
        {
          benchmark: `follow-ups: ${total} due, drained into ${emails} emails to the SMTP sink`,
          figure: `${Math.round(perSecond)} emails/s`,
          goal: "(throughput)",
          reference: `${(sendMs / 1000).toFixed(0)} s in all`,
          met: "",
        },
        {
          benchmark: "follow-ups: each sent exactly once",
          figure: `${matched.size} distinct / ${mails.length} emails`,
          goal: `${emails} / ${emails}`,
          reference: "",
          met: once,
        },
      ],
    };
  } finally {
    await server.stop();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
