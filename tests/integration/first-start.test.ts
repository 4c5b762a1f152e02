// First start on an empty data folder: a demo cohort and a first trainer with a generated password,
// printed once and saved in the data folder. A second start changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import PocketBase from "pocketbase";
import { FIXTURE_SITE, startTestPocketBase } from "../support/integration-setup";

type Started = Awaited<ReturnType<typeof startTestPocketBase>>;
let first: Started;
let firstOutput = "";
let note = "";

function field(label: string, text: string) {
  return text.match(new RegExp(`${label}:\\s*(\\S+)`))?.[1] ?? "";
}

async function counts(url: string, superuser: { email: string; password: string }) {
  const pb = new PocketBase(url);
  await pb.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  const out: Record<string, number> = {};
  for (const c of ["trainers", "cohorts", "participants", "commitments"])
    out[c] = (await pb.collection(c).getList(1, 1)).totalItems;
  return out;
}

beforeAll(async () => {
  first = await startTestPocketBase(FIXTURE_SITE);
  firstOutput = first.server.output();
  note = readFileSync(path.join(first.handle.dataDir, "first-trainer.txt"), "utf8");
});

afterAll(() => first?.stop());

describe("first start", () => {
  it("prints the generated trainer password once and saves it, readable by the owner only", () => {
    const password = field("Password", note);
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(firstOutput).toContain(`Password: ${password}`);
    expect(statSync(path.join(first.handle.dataDir, "first-trainer.txt")).mode & 0o077).toBe(0);
  });

  it("the saved password signs the trainer in, and they own the demo cohort", async () => {
    const pb = new PocketBase(first.handle.url);
    await pb.collection("trainers").authWithPassword(field("Email", note), field("Password", note));
    const cohorts = await pb.collection("cohorts").getFullList();
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0]!.joinCode).toBe(field("Demo cohort join code", note));
    const commitments = await pb.collection("commitments").getFullList();
    expect(commitments.length).toBeGreaterThanOrEqual(3);
    expect(new Set(commitments.map((c) => c.module)).size).toBeGreaterThanOrEqual(3);
  });

  it("the demo cohort's code lets a participant join", async () => {
    const res = await fetch(`${first.handle.url}/api/jiannuo/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: field("Demo cohort join code", note), name: "新同事" }),
    });
    expect(res.status).toBe(200);
  });

  it("a second start on the same folder changes nothing", async () => {
    const before = await counts(first.handle.url, first.handle.superuser);
    await first.server.stop();
    const { startPocketBase } = await import("../../scripts/lib/run-pocketbase.mjs");
    const again = await startPocketBase({
      dataDir: first.handle.dataDir,
      port: Number(new URL(first.handle.url).port),
      publicDir: FIXTURE_SITE,
      stdio: "pipe",
    });
    try {
      expect(await counts(again.url, first.handle.superuser)).toEqual(before);
      expect(readFileSync(path.join(first.handle.dataDir, "first-trainer.txt"), "utf8")).toBe(note);
      expect(again.output()).not.toContain("Password:");
      const pb = new PocketBase(again.url);
      await pb.collection("trainers").authWithPassword(field("Email", note), field("Password", note));
    } finally {
      await again.stop();
    }
  });
});
