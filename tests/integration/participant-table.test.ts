// The trainer's participant table: search, filters and sorting done by the server.
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, trainerWithCohort } from "../support/api";

let trainer: PocketBase;
let other: PocketBase;
let cohortId: string;

async function table(pb: PocketBase, query: Record<string, string> = {}) {
  const params = new URLSearchParams(query).toString();
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohortId}/participants?${params}`, {
    headers: { Authorization: pb.authStore.token },
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  const cast = await trainerWithCohort();
  ({ trainer, otherTrainer: other } = cast);
  const { cohort } = cast;
  cohortId = cohort.id;
  const add = async (name: string, commitments: Array<[string, string, string]>) => {
    const me = await joinAs(cohort.joinCode, name);
    for (const [module, kind, status] of commitments) {
      await me.pb.collection("commitments").create({
        participant: me.record.id,
        cohort: cohort.id,
        module,
        kind,
        status,
        action: "行动",
        confidence: 8,
        visibility: "cohort",
      });
    }
    return me;
  };
  const wang = await add("王小雨", [
    ["eoac", "personal", "done"],
    ["belonging", "team", "planned"],
  ]);
  await add("李强", [["eoac", "personal", "in_progress"]]);
  await add("陈梅", []);
  await add("100%_Zhao", [["service-mindset", "organization", "dropped"]]);
  // Wang's own (a participant also lists the cohort's shared ones, in no fixed order).
  const [k] = await wang.pb
    .collection("commitments")
    .getFullList({ filter: `participant = "${wang.record.id}"`, sort: "created" });
  await wang.pb.collection("checkins").create({ commitment: k!.id, status: "done", source: "app" });
});

describe("the participant table", () => {
  it("lists every participant with their counts, by name", async () => {
    const { status, body } = await table(trainer);
    expect(status).toBe(200);
    expect(body.rows.map((r: { name: string }) => r.name).sort()).toEqual(
      ["100%_Zhao", "李强", "王小雨", "陈梅"].sort(),
    );
    const wang = body.rows.find((r: { name: string }) => r.name === "王小雨");
    expect(wang).toMatchObject({ commitments: 2, done: 1, planned: 1, inProgress: 0, dropped: 0 });
    expect(wang.lastCheckin).toMatch(/^2\d{3}-/);
    expect(body.rows.find((r: { name: string }) => r.name === "陈梅")).toMatchObject({
      commitments: 0,
      lastCheckin: "",
    });
  });

  it("filters by module, status and kind, counting only matching commitments", async () => {
    const eoac = (await table(trainer, { module: "eoac" })).body.rows;
    expect(eoac.map((r: { name: string }) => r.name).sort()).toEqual(["李强", "王小雨"].sort());
    expect(eoac.find((r: { name: string }) => r.name === "王小雨").commitments).toBe(1);
    expect((await table(trainer, { status: "done" })).body.rows.map((r: { name: string }) => r.name)).toEqual([
      "王小雨",
    ]);
    expect((await table(trainer, { kind: "organization" })).body.rows.map((r: { name: string }) => r.name)).toEqual([
      "100%_Zhao",
    ]);
    expect(
      (await table(trainer, { module: "eoac", status: "in_progress" })).body.rows.map((r: { name: string }) => r.name),
    ).toEqual(["李强"]);
  });

  it("searches names, treating % and _ as plain characters", async () => {
    expect((await table(trainer, { q: "小雨" })).body.rows.map((r: { name: string }) => r.name)).toEqual(["王小雨"]);
    expect((await table(trainer, { q: "%_" })).body.rows.map((r: { name: string }) => r.name)).toEqual(["100%_Zhao"]);
    expect((await table(trainer, { q: "%" })).body.rows).toHaveLength(1);
  });

  it("sorts by commitments, done and last check-in", async () => {
    expect((await table(trainer, { sort: "-commitments" })).body.rows[0].name).toBe("王小雨");
    expect((await table(trainer, { sort: "-lastCheckin" })).body.rows[0].name).toBe("王小雨");
    expect((await table(trainer, { sort: "commitments" })).body.rows[0].name).toBe("陈梅");
  });

  it("ignores unknown filters and sorts instead of passing them to SQL", async () => {
    const { status, body } = await table(trainer, {
      sort: "name; DROP TABLE participants",
      status: "x' OR 1=1 --",
      module: "A B",
    });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(4);
    expect(body.query).toMatchObject({ sort: "name", status: "", module: "" });
  });

  it("is a 404 for another trainer", async () => {
    expect((await table(other)).status).toBe(404);
  });
});
