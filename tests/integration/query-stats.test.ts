// SQLite's query statistics follow the data (pb_hooks/jobs.pb.js): statistics taken on a young
// server (the demo's 3 participants) would make SQLite scan whole tables once a room has joined.
// Runs its own PocketBase, whose statistics start from the first start's demo data.
import { afterAll, beforeAll, expect, it } from "vitest";
import { DatabaseSync } from "node:sqlite";
import path from "node:path";
import PocketBase from "pocketbase";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";
import { isStale } from "../../pocketbase/pb_hooks/lib/pure/stale-stats.js";
import { superuserClient } from "../support/api";

let server: Awaited<ReturnType<typeof startTestPocketBase>>;
let admin: PocketBase;

beforeAll(async () => {
  server = await startTestPocketBase(FIXTURE_SITE);
  admin = await superuserClient(server.handle);
});
afterAll(() => server?.stop());

/** Rows per table as SQLite's statistics believe them to be (the first number of a table's stat). */
function believedRows(): Record<string, number> {
  const db = new DatabaseSync(path.join(server.handle.dataDir, "data.db"), { readOnly: true });
  try {
    const rows = db
      .prepare(
        "SELECT tbl, max(CAST(stat AS INTEGER)) AS n FROM sqlite_stat1 WHERE tbl IN ('participants', 'commitments') GROUP BY tbl",
      )
      .all() as { tbl: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.tbl, r.n]));
  } finally {
    db.close();
  }
}

it("are taken again once a room has joined, so the trainer's queries keep using their indexes", async () => {
  const before = believedRows();
  expect(before.participants).toBeLessThan(10); // the demo cohort's participants

  const [demo] = await admin.collection("cohorts").getFullList({ requestKey: null });
  await admin.collection("cohorts").update(demo!.id, { capacity: 300 }); // a room bigger than a workshop's default
  const joined = await Promise.all(
    Array.from({ length: 150 }, async (_, i) => {
      const res = await fetch(`${server.handle.url}/api/jiannuo/join`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: demo!.joinCode, name: `学员${i}`, locale: "zh-CN" }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { record: { id: string } }).record.id;
    }),
  );
  await Promise.all(
    joined.map((participant, i) =>
      admin.collection("commitments").create(
        {
          participant,
          cohort: demo!.id,
          module: "eoac",
          kind: "personal",
          action: `每周反馈一次 ${i}`,
          confidence: 8,
          visibility: "cohort",
          status: "planned",
        },
        { requestKey: null },
      ),
    ),
  );

  // PocketBase runs a cron job started through its route in the background. Its every-minute run may
  // also have come while the room was joining (then it analysed part of the room): either way the
  // statistics must describe the room, not the demo, within the job's own "doubled or halved" rule.
  await admin.send("/api/crons/jiannuo_query_stats", { method: "POST" });
  const actual = { participants: 150 + before.participants!, commitments: 150 + (before.commitments ?? 0) };
  const describesTheRoom = (table: "participants" | "commitments") => (n: number) =>
    n > 10 && !isStale(n, actual[table]);
  await expect.poll(believedRows, { timeout: 10_000 }).toEqual({
    participants: expect.toSatisfy(describesTheRoom("participants")),
    commitments: expect.toSatisfy(describesTheRoom("commitments")),
  });
});
