// A room arriving: N participants join a cohort through the join route, spread over ten seconds (a
// room scanning the QR code), and N others another cohort all at the same instant (the worst case).
// Each cohort admits at most 300 (a conference), in any ten minutes too (pb_hooks/lib/join.js).
// Reference: the same number of auth records created the ordinary way (with a password, so PocketBase
// hashes it with bcrypt), which is the cost the join route avoids.
import PocketBase from "pocketbase";
import { COHORT_MAX, trainerWithCohorts } from "./fixtures.mjs";
import { percentile, timed } from "./stats.mjs";

/** Runs the burst against a running server; returns rows for the results table. */
export async function joinBurst({ url, superuser, participants = 300 }) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  if (participants > COHORT_MAX)
    throw new Error(`A cohort admits at most ${COHORT_MAX} participants (BENCH_PARTICIPANTS=${participants}).`);
  const {
    cohorts: [cohort, instant],
  } = await trainerWithCohorts(admin, { count: 2 });

  const join = (code, i) =>
    fetch(`${url}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code, name: `参与者${i}`, locale: "zh-CN" }),
    }).then((res) => {
      if (res.status !== 200) throw new Error(`join ${i} answered ${res.status}`);
    });
  const spread = await timed(participants, (i) => join(cohort.joinCode, i), 10_000);
  const ours = await timed(participants, (i) => join(instant.joinCode, i));

  const signUp = (i) =>
    admin.collection("participants").create({
      cohort: cohort.id,
      name: `对照${i}`,
      locale: "zh-CN",
      password: `reference-password-${i}`,
      passwordConfirm: `reference-password-${i}`,
    });
  const reference = await timed(participants, signUp);

  const stored = (
    await admin
      .collection("participants")
      .getList(1, 1, { filter: admin.filter("cohort = {:c} || cohort = {:i}", { c: cohort.id, i: instant.id }) })
  ).totalItems;
  const row = (name, r) => ({
    benchmark: name,
    n: participants,
    "p50 ms": percentile(r.latencies, 50),
    "p95 ms": percentile(r.latencies, 95),
    "max ms": percentile(r.latencies, 100),
    "wall s": (r.wallMs / 1000).toFixed(2),
    "per s": Math.round(participants / (r.wallMs / 1000)),
  });
  return {
    rows: [
      row("joins spread over 10 s (our route)", spread),
      row("joins at the same instant (our route)", ours),
      row("reference: same instant, sign-up with bcrypt", reference),
    ],
    notes: [
      `stored participants: ${stored} of ${participants * 3} expected`,
      `p95 ratio ours/reference: ${(percentile(ours.latencies, 95) / percentile(reference.latencies, 95)).toFixed(2)}`,
    ],
  };
}
