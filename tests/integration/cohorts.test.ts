// Cohort rules the server keeps: generated join codes, the follow-up schedule, date order, the time zone.
import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { joinAs, newCohort, newTrainer, statusOf, superuserClient } from "../support/api";

let trainer: PocketBase;

beforeAll(async () => {
  trainer = (await newTrainer(await superuserClient())).pb;
});

describe("a new cohort", () => {
  it("gets a unique 6-character join code without look-alike characters", async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const cohort = await newCohort(trainer);
      expect(cohort.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
      codes.add(cohort.joinCode);
    }
    expect(codes.size).toBe(20);
  });

  it("gets the default follow-up schedule of 7, 21, 45 and 90 days", async () => {
    expect((await newCohort(trainer)).followUpDays).toEqual([7, 21, 45, 90]);
  });

  it("keeps a valid custom schedule", async () => {
    expect((await newCohort(trainer, { followUpDays: [3, 30] })).followUpDays).toEqual([3, 30]);
  });

  it.each([
    [[]],
    [[0, 7]],
    [[7, 7]],
    [[21, 7]],
    [[1.5]],
    [["7"]],
    [[400]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [{ days: 7 }],
  ])("refuses the schedule %j with a field error", async (followUpDays) => {
    await expect(newCohort(trainer, { followUpDays })).rejects.toMatchObject({
      status: 400,
      response: { data: { followUpDays: { code: "jiannuo_follow_up_days" } } },
    });
  });

  it("refuses a last day before the first day", async () => {
    await expect(newCohort(trainer, { startsOn: "2026-12-02", endsOn: "2026-12-01" })).rejects.toMatchObject({
      status: 400,
      response: { data: { endsOn: { code: "jiannuo_dates_order" } } },
    });
  });

  it.each([
    ["name", { name: "" }, "validation_required"],
    ["name", { name: "名".repeat(121) }, "validation_max_text_constraint"],
    ["organization", { organization: "" }, "validation_required"],
    ["locale", { locale: "fr" }, "validation_invalid_value"],
    ["startsOn", { startsOn: "" }, "validation_required"],
  ])("requires a valid %s in the schema itself", async (field, extra, code) => {
    await expect(newCohort(trainer, extra)).rejects.toMatchObject({
      status: 400,
      response: { data: { [field]: { code } } },
    });
  });

  it("keeps its join code when the trainer edits other fields", async () => {
    const cohort = await newCohort(trainer);
    const edited = await trainer.collection("cohorts").update(cohort.id, { name: "Renamed", followUpDays: [14] });
    expect(edited.joinCode).toBe(cohort.joinCode);
    expect(edited.followUpDays).toEqual([14]);
    expect(await statusOf(trainer.collection("cohorts").update(cohort.id, { followUpDays: [-1] }))).toBe(400);
    expect((await trainer.collection("cohorts").getOne(cohort.id)).followUpDays).toEqual([14]);
  });
});

describe("a cohort's time zone", () => {
  it("is Asia/Shanghai unless the trainer chooses another, which they can change later", async () => {
    const cohort = await newCohort(trainer);
    expect(cohort["timeZone"]).toBe("Asia/Shanghai");
    expect((await newCohort(trainer, { timeZone: "Europe/Berlin" }))["timeZone"]).toBe("Europe/Berlin");
    const edited = await trainer
      .collection("cohorts")
      .update(cohort.id, { timeZone: "America/Argentina/Buenos_Aires" });
    expect(edited["timeZone"]).toBe("America/Argentina/Buenos_Aires");
  });

  it.each([
    ["Mars/Olympus", "jiannuo_time_zone_unknown"],
    ["Local", "jiannuo_time_zone_unknown"],
    ["Asia/Shanghai; DROP", "jiannuo_time_zone_unknown"],
    ["../etc/passwd", "jiannuo_time_zone_unknown"],
  ])("refuses %j and keeps the zone it had", async (timeZone, code) => {
    const cohort = await newCohort(trainer);
    await expect(trainer.collection("cohorts").update(cohort.id, { timeZone })).rejects.toMatchObject({
      status: 400,
      response: { data: { timeZone: { code } } },
    });
    expect((await trainer.collection("cohorts").getOne(cohort.id))["timeZone"]).toBe("Asia/Shanghai");
  });
});

describe("commitment fields", () => {
  it.each([
    ["action", { action: "" }, "validation_required"],
    ["action", { action: "做".repeat(501) }, "validation_max_text_constraint"],
    ["trigger", { trigger: "x".repeat(301) }, "validation_max_text_constraint"],
    ["confidence", { confidence: 11 }, "validation_max_number_constraint"],
    ["confidence", { confidence: 0 }, "validation_required"],
    ["confidence", { confidence: 7.5 }, "validation_only_int_constraint"],
    ["kind", { kind: "family" }, "validation_invalid_value"],
    ["visibility", { visibility: "public" }, "validation_invalid_value"],
    ["module", { module: "Bad Slug" }, "validation_invalid_format"],
  ])("the server refuses a bad %s", async (field, extra, code) => {
    const cohort = await newCohort(trainer);
    const me = await joinAs(cohort.joinCode, "Field tester");
    const data = {
      participant: me.record.id,
      cohort: cohort.id,
      module: "eoac",
      kind: "personal",
      action: "每周一次",
      confidence: 8,
      visibility: "private",
      status: "planned",
      ...extra,
    };
    await expect(me.pb.collection("commitments").create(data)).rejects.toMatchObject({
      status: 400,
      response: { data: { [field]: { code } } },
    });
  });
});
