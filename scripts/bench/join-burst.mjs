// A room arriving: N participants join the same cohort through the join route, spread over ten
// seconds (a room scanning the QR code) and all at the same instant (the worst case).
// Reference: the same number of auth records created the ordinary way (with a password, so PocketBase
// hashes it with bcrypt), which is the cost the join route avoids.
import PocketBase from "pocketbase";
import { percentile, timed } from "./stats.mjs";

/** Runs the burst against a running server; returns rows for the results table. */
export async function joinBurst({ url, superuser, participants = 300 }) {
  const admin = new PocketBase(url);
  admin.autoCancellation(false);
  await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  const trainer = await admin.collection("trainers").create({
    email: `bench-${Date.now()}@example.com`,
    name: "Bench",
    password: "bench-password-1",
    passwordConfirm: "bench-password-1",
  });
  const cohort = await admin.collection("cohorts").create({
    name: "Bench cohort",
    organization: "Bench",
    trainer: trainer.id,
    startsOn: "2026-11-24",
    endsOn: "2026-11-25",
    locale: "zh-CN",
  });

  const join = (i) =>
    fetch(`${url}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: cohort.joinCode, name: `参与者${i}`, locale: "zh-CN" }),
    }).then((res) => {
      if (res.status !== 200) throw new Error(`join ${i} answered ${res.status}`);
    });
  const spread = await timed(participants, join, 10_000);
  const ours = await timed(participants, (i) => join(participants + i));

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
    await admin.collection("participants").getList(1, 1, { filter: admin.filter("cohort = {:c}", { c: cohort.id }) })
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
