// Buddies' weekly nudge (pocketbase/pb_hooks/lib/buddy-nudges.js) across weeks, on the world of
// tests/support/matrix-world.ts (A and B are buddies who both agreed): a second run in the same week
// sends nothing more; a new week brings one new nudge, and again none more in that week.
//
// The job's `?now=` may move at most a day from the server's clock, which cannot reach next week from
// most days, so the previous nudge's stored week (and its sentAt) is moved back seven days instead. That
// is the state a week of real time would leave: the planner keys only on (participant, week) of
// buddy_nudges, and the sender only on the row's own week against the week of now, so a sent row for
// last week is exactly what a nudge sent last week looks like.
import { beforeAll, expect, it } from "vitest";
import { runFollowupJob } from "../support/api";
import { mailsTo } from "../support/mail";
import { buildWorld, type World } from "../support/matrix-world";

let w: World;
const SUBJECT = "本周给你的伙伴加加油";
const nudgesToA = () => mailsTo(w.emails.p1a!).filter((m) => m.subject === SUBJECT);
const rowsOfA = () =>
  w.admin.collection("buddy_nudges").getFullList({ filter: `participant = "${w.ids.p1a}"`, sort: "week" });

/** Monday of the week of `ms`, as YYYY-MM-DD (UTC), as lib/pure/buddies.js weekOf counts weeks. */
function mondayOf(ms: number): string {
  const day = new Date(ms);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - ((day.getUTCDay() + 6) % 7)))
    .toISOString()
    .slice(0, 10);
}

beforeAll(async () => {
  w = await buildWorld({ consent: true });
});

it("sends one nudge a week: none more in the same week, one new in the next, and none more in that one", async () => {
  const thisWeek = mondayOf(Date.now());
  await runFollowupJob(w.admin);
  expect(nudgesToA()).toHaveLength(1);
  await runFollowupJob(w.admin);
  expect(nudgesToA()).toHaveLength(1);
  const [first] = await rowsOfA();
  expect(first).toMatchObject({ week: thisWeek, state: "sent" });

  // A week passes for the nudge already sent (see the note at the top).
  const lastWeek = mondayOf(Date.now() - 7 * 86400000);
  const sentAt = new Date(Date.parse(first!["sentAt"].replace(" ", "T")) - 7 * 86400000).toISOString();
  await w.admin.collection("buddy_nudges").update(first!.id, { week: lastWeek, sentAt });

  await runFollowupJob(w.admin);
  expect(nudgesToA()).toHaveLength(2);
  expect(nudgesToA()[1]!.text).toContain(w.marks.p1b);
  await runFollowupJob(w.admin);
  expect(nudgesToA()).toHaveLength(2);
  expect((await rowsOfA()).map((r) => [r["week"], r["state"]])).toEqual([
    [lastWeek, "sent"],
    [thisWeek, "sent"],
  ]);
});
