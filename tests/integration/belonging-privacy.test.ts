// The cohort's belonging profile against the attack that broke the old average: a trainer holds the join
// code, so they add participants of their own with answers they chose, until one real person's answers
// are all that is unknown, then read the profile and work back. The mechanism (pb_hooks/lib/pure/
// belonging-profile.js): only valid answers, one per device that joined once, at least 10, released once
// with Laplace noise for ε = 1 per component. Its bound: telling apart any two answers of one person on one
// component, the trainer is right at most e / (1 + e) ≈ 73% of the time, whatever else they control.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";

const COMPONENTS = ["identification", "security", "value", "engagement"] as const;
type Means = Record<(typeof COMPONENTS)[number], number>;

const newDevice = () => randomBytes(32).toString("base64url");
const allAt = (point: number): Means => ({ identification: point, security: point, value: point, engagement: point });
/** The summary the assessment records: the means and the weakest component (the first of the lowest). */
const summaryOf = (means: Means) => ({
  ...means,
  weakest: COMPONENTS.find((c) => means[c] === Math.min(...COMPONENTS.map((k) => means[k])))!,
});

let trainer: PocketBase;
beforeAll(async () => {
  trainer = (await newTrainer(await superuserClient())).pb;
});

async function route(method: "GET" | "POST", cohortId: string, what: "dashboard" | "belonging") {
  const res = await fetch(`${inject("pocketbase").url}/api/jiannuo/cohorts/${cohortId}/${what}`, {
    method,
    headers: { Authorization: trainer.authStore.token },
  });
  const body = await res.json();
  return { status: res.status, belonging: what === "dashboard" ? body.belonging : body, body };
}

/** A participant who joins (on `device`, a fresh one by default; null: a client that sends none) and records a belonging result. */
async function answer(cohort: RecordModel, means: Means, device: string | null = newDevice()) {
  const me = await joinAs(cohort["joinCode"], "参与者", device ? { device } : {});
  const result = await me.pb.collection("exercise_results").create({
    participant: me.record.id,
    cohort: cohort.id,
    exercise: "belonging-assessment",
    module: "belonging",
    summary: summaryOf(means),
  });
  return { ...me, result: result.id };
}

describe("the belonging profile's answers", () => {
  it("are refused unless they are exactly what the assessment records", async () => {
    const cohort = await newCohort(trainer);
    const me = await joinAs(cohort["joinCode"], "参与者", { device: newDevice() });
    const save = (summary: unknown) =>
      me.pb.collection("exercise_results").create({
        participant: me.record.id,
        cohort: cohort.id,
        exercise: "belonging-assessment",
        module: "belonging",
        summary,
      });
    for (const summary of [
      { ...summaryOf(allAt(3)), identification: 1e308 },
      { ...summaryOf(allAt(3)), security: "3" },
      { ...summaryOf(allAt(3)), value: 3.33 },
      { ...summaryOf(allAt(3)), note: "我的主管不公平" },
      { identification: 3, security: 3, value: 3, engagement: 3 },
    ]) {
      await expect(save(summary), JSON.stringify(summary)).rejects.toMatchObject({
        status: 400,
        response: { data: { summary: { code: "jiannuo_belonging_summary" } } },
      });
    }
    expect(await statusOf(save(summaryOf(allAt(3))))).toBe(200);
  });

  it("count one per device that joined once, and none before ten", async () => {
    const cohort = await newCohort(trainer);
    for (let i = 0; i < 9; i++) await answer(cohort, allAt(4));
    expect((await route("GET", cohort.id, "dashboard")).belonging).toEqual({ answers: 9, needed: 10, profile: null });
    expect(await route("POST", cohort.id, "belonging")).toMatchObject({
      status: 409,
      body: { data: { belonging: { code: "jiannuo_belonging_too_few" } } },
    });

    // The trainer joins twice from one device of theirs: neither answer counts. Nor does one from a device that gave no id.
    const tablet = newDevice();
    await answer(cohort, allAt(1), tablet);
    await answer(cohort, allAt(1), tablet);
    await answer(cohort, allAt(1), null);
    expect((await route("GET", cohort.id, "dashboard")).belonging.answers).toBe(9);

    await answer(cohort, allAt(4));
    expect((await route("GET", cohort.id, "dashboard")).belonging.answers).toBe(10);
    const released = await route("POST", cohort.id, "belonging");
    expect(released.status).toBe(200);
    expect(released.belonging.profile).toMatchObject({ answers: 10, noise: 0.4 });
  });

  it("make one profile, released once: later, changed and more answers, and asking again, change nothing", async () => {
    const cohort = await newCohort(trainer);
    const people = [];
    for (let i = 0; i < 10; i++) people.push(await answer(cohort, allAt(2)));
    const first = (await route("POST", cohort.id, "belonging")).belonging;
    expect(first.profile).not.toBeNull();

    for (const person of people)
      await person.pb.collection("exercise_results").update(person.result, { summary: summaryOf(allAt(5)) });
    for (let i = 0; i < 5; i++) await answer(cohort, allAt(5));
    const again = await route("POST", cohort.id, "belonging");
    expect(again.status).toBe(200);
    expect(again.belonging.profile).toEqual(first.profile);
    expect((await route("GET", cohort.id, "dashboard")).belonging).toEqual({
      answers: 15,
      needed: 10,
      profile: first.profile,
    });
    // The record API gives the trainer no other way in.
    expect(await statusOf(trainer.collection("belonging_profiles").getFullList())).toBe(403);
  });
});

describe("a trainer with nine participants of their own", () => {
  it("cannot tell one real person's 1 from 5 on any component beyond the bound, where the exact average gave every answer away", async () => {
    const TRIALS = 80;
    const others = allAt(3); // the trainer's nine, all answering 3 on everything
    const trial = async () => {
      const cohort = await newCohort(trainer);
      const victim = Object.fromEntries(COMPONENTS.map((c) => [c, randomBytes(1)[0]! % 2 ? 5 : 1])) as Means;
      await answer(cohort, victim);
      for (let i = 0; i < 9; i++) await answer(cohort, others);
      const { profile } = (await route("POST", cohort.id, "belonging")).belonging;
      return { victim, profile: profile as Means & { answers: number } };
    };
    const results: Awaited<ReturnType<typeof trial>>[] = [];
    for (let i = 0; i < TRIALS; i += 8)
      results.push(...(await Promise.all(Array.from({ length: Math.min(8, TRIALS - i) }, trial))));

    // The trainer's best guess from one released mean m: the victim's value is 10·m − 9·3; say 5 above 3, else 1.
    const guess = (m: number) => (10 * m - 9 * 3 > 3 ? 5 : 1);
    let right = 0;
    let rightFromExact = 0;
    for (const { victim, profile } of results) {
      expect(profile.answers).toBe(10);
      for (const c of COMPONENTS) {
        if (guess(profile[c]) === victim[c]) right += 1;
        // What the old view answered: the exact average (rounded to 0.01).
        const exact = Math.round(((victim[c] + 9 * others[c]) / 10) * 100) / 100;
        if (guess(exact) === victim[c]) rightFromExact += 1;
      }
    }
    const guesses = TRIALS * COMPONENTS.length;
    expect(rightFromExact).toBe(guesses);
    // ε = 1: no test is right more than e / (1 + e) of the time; allow four standard deviations of sampling.
    const bound = Math.E / (1 + Math.E);
    const slack = 4 * Math.sqrt((bound * (1 - bound)) / guesses);
    expect(right / guesses).toBeLessThanOrEqual(bound + slack);
  });
});
