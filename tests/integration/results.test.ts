// Result measures against the real server: at most three per cohort, values typed or imported from CSV;
// a bad file is refused row by row with nothing written, the same file again changes nothing, and only
// the cohort's trainer may import. Who reads and writes what: the access matrix
// (tests/integration/access-matrix*.test.ts).
import { ClientResponseError } from "pocketbase";
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";

let trainer: PocketBase;
let other: PocketBase;
let participant: PocketBase;
let cohortId: string;
let measureId: string;

const MEASURE = { name: "每千单投诉数", unit: "‰", direction: "lower", baseline: 4.2, baselineOn: "2026-10-01" };

async function importCsv(pb: PocketBase, csv: string, measure = measureId) {
  return pb.send<{ rows: number; added: number; changed: number }>("/api/jiannuo/results/import", {
    method: "POST",
    body: { measure, csv },
    requestKey: null,
  });
}

/** The measure's values as "day=value", by day. */
async function values(measure = measureId) {
  const list = await trainer
    .collection("result_values")
    .getFullList({ filter: trainer.filter("measure = {:m}", { m: measure }), sort: "measuredOn" });
  return list.map((r) => `${String(r["measuredOn"]).slice(0, 10)}=${r["value"]}`);
}

async function errorOf(call: Promise<unknown>): Promise<ClientResponseError> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ClientResponseError);
  return error as ClientResponseError;
}

beforeAll(async () => {
  const admin = await superuserClient();
  trainer = (await newTrainer(admin)).pb;
  other = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer);
  cohortId = cohort.id;
  participant = (await joinAs(cohort.joinCode, "赵敏")).pb;
  measureId = (await trainer.collection("result_measures").create({ cohort: cohortId, ...MEASURE, modules: "eoac" }))
    .id;
});

describe("result measures", () => {
  it("are at most three per cohort, refused with the cohort's code", async () => {
    await trainer.collection("result_measures").create({ cohort: cohortId, ...MEASURE, name: "满意度", baseline: 0 });
    const third = await trainer.collection("result_measures").create({ cohort: cohortId, ...MEASURE, name: "复购率" });
    const error = await errorOf(trainer.collection("result_measures").create({ cohort: cohortId, ...MEASURE }));
    expect(error.status).toBe(400);
    expect(error.response.data?.cohort?.code).toBe("jiannuo_results_too_many_measures");
    expect(await trainer.collection("result_measures").getFullList({ filter: `cohort = "${cohortId}"` })).toHaveLength(
      3,
    );
    await trainer.collection("result_measures").delete(third.id);
  });

  it("keep 0 as a baseline, and check the modules' slugs and the direction", async () => {
    const list = await trainer
      .collection("result_measures")
      .getFullList({ filter: `cohort = "${cohortId}"`, sort: "created" });
    expect(list.map((m) => m["baseline"])).toEqual([4.2, 0]);
    const bad = await errorOf(
      trainer.collection("result_measures").update(measureId, { modules: "eoac, ../x", direction: "up" }),
    );
    expect(Object.keys(bad.response.data ?? {}).sort()).toEqual(["direction", "modules"]);
  });

  it("take typed values, one per day", async () => {
    await trainer.collection("result_values").create({ measure: measureId, value: 3.9, measuredOn: "2026-11-15" });
    const again = await errorOf(
      trainer.collection("result_values").create({ measure: measureId, value: 1, measuredOn: "2026-11-15" }),
    );
    expect(again.response.data?.measuredOn?.code).toBe("validation_not_unique");
    expect(await values()).toEqual(["2026-11-15=3.9"]);
  });
});

describe("importing values from CSV", () => {
  it("writes every row, replacing a day's typed value, and the same file again changes nothing", async () => {
    const csv = "\uFEFF日期,每千单投诉数\r\n2026-11-15,3.5\r\n2026/12/1,2.8\r\n2027-01-05,0\r\n";
    expect(await importCsv(trainer, csv)).toEqual({ rows: 3, added: 2, changed: 3 });
    expect(await values()).toEqual(["2026-11-15=3.5", "2026-12-01=2.8", "2027-01-05=0"]);
    expect(await importCsv(trainer, csv)).toEqual({ rows: 3, added: 0, changed: 0 });
    expect(await values()).toEqual(["2026-11-15=3.5", "2026-12-01=2.8", "2027-01-05=0"]);
  });

  it("refuses a file with bad rows, naming each row and why, and writes nothing of it", async () => {
    const before = await values();
    const csv = "date,value\n2027-02-01,2.1\n2027-02-30,2\n2027-03-01,两个\n2027-03-02\n";
    const error = await errorOf(importCsv(trainer, csv));
    expect(error.status).toBe(400);
    expect(
      Object.fromEntries(Object.entries(error.response.data ?? {}).map(([k, v]) => [k, (v as { code: string }).code])),
    ).toEqual({
      row3: "jiannuo_results_csv_date",
      row4: "jiannuo_results_csv_value",
      row5: "jiannuo_results_csv_columns",
    });
    expect(await values()).toEqual(before);
    expect((await errorOf(importCsv(trainer, "date,value\n"))).response.data?.csv?.code).toBe(
      "jiannuo_results_csv_empty",
    );
  });

  it("refuses a file past the size cap before reading it", async () => {
    const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/results/import`, {
      method: "POST",
      headers: { Authorization: trainer.authStore.token, "content-type": "application/json" },
      body: JSON.stringify({ measure: measureId, csv: "2027-01-01,1\n".repeat(20_000) }),
    });
    expect(res.status).toBe(413);
    const tooLong = await errorOf(importCsv(trainer, "2027-01-01,1\n".repeat(1400)));
    expect(tooLong.response.data?.csv?.code).toBe("jiannuo_results_csv_too_large");
  });

  it("is refused to another trainer, a participant and a visitor, as if the measure did not exist", async () => {
    const before = await values();
    expect(await statusOf(importCsv(other, "2027-04-01,9"))).toBe(404);
    expect(await statusOf(importCsv(participant, "2027-04-01,9"))).toBe(403);
    const anonymous = await fetch(`${inject("pocketbase").url}/api/jiannuo/results/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ measure: measureId, csv: "2027-04-01,9" }),
    });
    expect(anonymous.status).toBe(401);
    expect(await statusOf(importCsv(trainer, "2027-04-01,9", "nosuchmeasure00"))).toBe(404);
    expect(await values()).toEqual(before);
  });
});
