// Oversized bodies: N requests at once, each carrying a 20 MB text field, to the unauthenticated join
// route (with and without a Content-Length) and, as a participant, to the record API's commitment
// create. Each must be refused in well under a second, and the server's resident memory must stay
// where the same number of ordinary joins leaves it. Its own PocketBase, so nothing else the
// benchmarks did is in its memory figures. Memory is the server process's VmRSS (Linux /proc).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { upsertSuperuser } from "../lib/pocketbase-binary.mjs";
import { freePort, startPocketBase } from "../lib/run-pocketbase.mjs";
import { adminClient, join, trainerWithCohorts } from "./fixtures.mjs";
import { percentile, timed } from "./stats.mjs";

/** Resident memory of a process in MB (VmRSS from /proc), or null where there is no /proc. */
export function rssMb(pid) {
  try {
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * POSTs `body` (a Buffer) and resolves with the status as soon as the server answers, even while the
 * body is still being sent (a server that refuses early closes the connection under the upload).
 * `chunked`: no Content-Length, so the server learns the size only by reading.
 */
export function postBody(url, route, body, { chunked = false, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${route}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": body.length }),
        ...headers,
      },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const parts = [];
      res.on("data", (d) => parts.push(d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString("utf8") }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, text: "" }));
    });
    // Once the server has answered, a reset of the unfinished upload is expected, not a failure.
    req.on("error", (err) => (answered ? undefined : reject(err)));
    if (chunked) {
      const step = 1 << 20;
      for (let at = 0; at < body.length; at += step) req.write(body.subarray(at, at + step));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** A JSON body whose `field` holds `megabytes` MB of text. */
export function bigJson(fields, field, megabytes) {
  return Buffer.from(JSON.stringify({ ...fields, [field]: "长".repeat(Math.floor((megabytes * 1024 * 1024) / 3)) }));
}

async function startServer(dataDir) {
  const superuser = { email: "bench@test.local", password: randomBytes(12).toString("hex") };
  upsertSuperuser(dataDir, superuser);
  const server = await startPocketBase({ dataDir, port: await freePort(), stdio: "pipe" });
  return { server, superuser };
}

/** Runs the benchmark in its own server: `requests` at once of `megabytes` MB each. */
export async function bigBodies({ requests = 20, megabytes = 20 } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "jiannuo-bench-bodies-"));
  const { server, superuser } = await startServer(dataDir);
  const pid = server.child.pid;
  try {
    const admin = await adminClient(server.url, superuser);
    const {
      cohorts: [cohort],
    } = await trainerWithCohorts(admin, { name: "大请求" });
    const code = cohort.joinCode;
    const participant = await join(server.url, code, "写承诺的人");
    // Warm up: the hooks' VMs and the database pages an ordinary join touches.
    for (let i = 0; i < 5; i++) await join(server.url, code, `热身${i}`);

    const rows = [];
    const measure = async (name, task) => {
      const before = rssMb(pid);
      const statuses = new Map();
      const r = await timed(requests, async (i) => {
        const status = await task(i);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
      const after = rssMb(pid);
      const row = {
        benchmark: name,
        n: requests,
        answers: [...statuses].map(([s, n]) => `${n}×${s}`).join(" "),
        "p50 ms": percentile(r.latencies, 50),
        "max ms": percentile(r.latencies, 100),
        "RSS before MB": before,
        "RSS after MB": after,
      };
      rows.push(row);
      return row;
    };

    const reference = await measure("reference: ordinary joins", async (i) => {
      await join(server.url, code, `参与者${i}`);
      return 200;
    });
    const joinBody = bigJson({ code, locale: "zh-CN" }, "name", megabytes);
    const joins = await measure(
      `joins with a ${megabytes} MB name`,
      async () => (await postBody(server.url, "/api/jiannuo/join", joinBody)).status,
    );
    const chunked = await measure(
      `the same, sent chunked (no length)`,
      async () => (await postBody(server.url, "/api/jiannuo/join", joinBody, { chunked: true })).status,
    );
    const commitment = bigJson(
      {
        participant: participant.record.id,
        cohort: cohort.id,
        module: "eoac",
        kind: "personal",
        confidence: 8,
        visibility: "cohort",
        status: "planned",
      },
      "action",
      megabytes,
    );
    const records = await measure(
      `commitments with a ${megabytes} MB action (record API)`,
      async () =>
        (
          await postBody(server.url, "/api/collections/commitments/records", commitment, {
            headers: { authorization: participant.token },
          })
        ).status,
    );

    const attacks = [joins, chunked, records];
    const growth = Math.max(...attacks.map((r) => (r["RSS after MB"] ?? 0) - (reference["RSS after MB"] ?? 0)));
    const slowest = Math.max(...attacks.map((r) => r["max ms"]));
    const refusedAll = attacks.every((r) => !/200/.test(r.answers));
    return {
      rows,
      notes: [
        `RSS is PocketBase's resident memory (VmRSS) before and after each batch of ${requests} parallel requests.`,
      ],
      summary: [
        {
          benchmark: `${requests} parallel ${megabytes} MB bodies: RSS growth`,
          figure: `${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB (to ${Math.max(...attacks.map((r) => r["RSS after MB"] ?? 0))} MB)`,
          goal: "flat: ≤ +20 MB",
          reference: `after ${requests} ordinary joins: ${reference["RSS after MB"]} MB`,
          met: refusedAll && growth <= 20,
        },
        {
          benchmark: `${requests} parallel ${megabytes} MB bodies: slowest refusal`,
          figure: `${slowest} ms`,
          goal: "< 1000 ms, each refused",
          reference: `ordinary join, max: ${reference["max ms"]} ms`,
          met: refusedAll && slowest < 1000,
        },
      ],
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
