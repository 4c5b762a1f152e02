// The report's "level by level" figures from the real server: learning activities as counts, the
// strength of commitment, the cohort's result measures with their values, and each participant's latest
// isolation estimate without names (a hidden commitment's left out), with how many were asked.
import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { joinAs, newCohort, newTrainer, superuserClient } from "../support/api";
import { commitmentBody } from "../support/matrix-world";
import { sentFollowUp } from "../support/sent-followup";
import type { ReportData } from "../../src/islands/trainer/shared/cohort-api";

let report: ReportData;

async function answer(t: string, c: string, isolation: { share: number; sure: number }) {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/checkin`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ t, c, s: "in_progress", isolation }),
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  const admin: PocketBase = await superuserClient();
  const trainer = (await newTrainer(admin)).pb;
  const cohort = await newCohort(trainer, { startsOn: "2026-08-01", endsOn: "2026-08-02" });
  const people = [];
  for (const name of ["甲", "乙", "丙"]) people.push(await joinAs(cohort.joinCode, name));
  const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const strength = { strength1: 1, strength2: 2, strength3: 5, strength4: 1, strength5: 4 }; // 4.6
  const ka = await a.pb.collection("commitments").create(commitmentBody(a.record.id, cohort.id, strength));
  const kb = await b.pb.collection("commitments").create(commitmentBody(b.record.id, cohort.id));
  const kbHidden = await b.pb.collection("commitments").create(commitmentBody(b.record.id, cohort.id));
  await c.pb.collection("commitments").create(commitmentBody(c.record.id, cohort.id));
  await trainer.collection("commitments").update(kbHidden.id, { hidden: true });
  await a.pb.collection("exercise_results").create({
    participant: a.record.id,
    cohort: cohort.id,
    exercise: "mindset-sort",
    module: "service-mindset",
    summary: { correct: 8, total: 10 },
  });
  // Everyone was sent the 45-day follow-up; A and B answered the estimate, B only on a commitment the
  // trainer later hid... and once more on a kept one, which is B's latest.
  const tokens: Record<string, string> = {};
  for (const [label, p, shown] of [
    ["a", a, [ka.id]],
    ["b", b, [kb.id, kbHidden.id]],
    ["c", c, []],
  ] as const) {
    tokens[label] = await sentFollowUp(admin, {
      participant: p.record.id,
      cohort: cohort.id,
      round: 45,
      shownCommitments: [...shown],
    });
  }
  await answer(tokens["a"]!, ka.id, { share: 60, sure: 80 });
  await answer(tokens["b"]!, kbHidden.id, { share: 100, sure: 100 });
  await answer(tokens["b"]!, kb.id, { share: 20, sure: 50 });
  const measure = await trainer.collection("result_measures").create({
    cohort: cohort.id,
    name: "每千单投诉数",
    unit: "‰",
    direction: "lower",
    baseline: 4.2,
    baselineOn: "2026-07-01",
    modules: "eoac,belonging",
  });
  // Fractions too (a column read as an integer would refuse them).
  await trainer.collection("result_values").create({ measure: measure.id, value: 3.6, measuredOn: "2026-10-01" });
  await trainer.collection("result_values").create({ measure: measure.id, value: 3, measuredOn: "2026-11-01" });
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohort.id}/report`, {
    headers: { Authorization: trainer.authStore.token },
  });
  report = (await res.json()) as ReportData;
});

describe("the report's levels", () => {
  it("count learning activities per exercise, never who or how well", () => {
    expect(report.levels?.exercises).toEqual([{ exercise: "mindset-sort", participants: 1 }]);
    expect(JSON.stringify(report.levels)).not.toContain("correct");
  });

  it("carry the strength of commitment of the commitments kept in the report", () => {
    expect(report.strength).toEqual({ mean: 4.6, n: 1 });
  });

  it("carry the result measures with their values", () => {
    expect(report.levels?.results).toEqual([
      {
        id: expect.any(String),
        name: "每千单投诉数",
        unit: "‰",
        direction: "lower",
        baseline: 4.2,
        baselineOn: "2026-07-01 00:00:00.000Z",
        modules: ["eoac", "belonging"],
        values: [
          { measuredOn: "2026-10-01 00:00:00.000Z", value: 3.6 },
          { measuredOn: "2026-11-01 00:00:00.000Z", value: 3 },
        ],
      },
    ]);
  });

  it("carry each participant's latest estimate, none on a hidden commitment, and how many were asked", () => {
    const answers = report.levels?.isolation.answers ?? [];
    expect([...answers].sort((x, y) => x.share - y.share)).toEqual([
      { share: 20, sure: 50 },
      { share: 60, sure: 80 },
    ]);
    expect(report.levels?.isolation.asked).toBe(3);
    expect(JSON.stringify(report.levels?.isolation)).not.toMatch(/甲|乙|丙/);
  });
});
