// One check per written field (pb_hooks/lib/pure/field-checks.js), through the real API on every write
// path: the record API's create and update of commitments, check-ins, participants, cohorts, trainers
// and exercise results, and the join route. Text of spaces only where text is required, NUL, other
// controls and direction overrides, an unreadable date and a `true` for a number are each refused with
// the field's code, and nothing is stored. (The check-in link's note: tests/integration/hostile-text.test.ts.)
import PocketBase, { ClientResponseError } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { joinAs, newCohort, newTrainer, postJoin, superuserClient } from "../support/api";

let admin: PocketBase;
let trainer: Awaited<ReturnType<typeof newTrainer>>;
let cohort: Awaited<ReturnType<typeof newCohort>>;
let me: Awaited<ReturnType<typeof joinAs>>;

const commitment = (extra: Record<string, unknown> = {}) => ({
  participant: me.record.id,
  cohort: cohort.id,
  module: "eoac",
  kind: "personal",
  action: "每天先问客户一个问题",
  trigger: "当客户等候时",
  dueOn: "2026-12-24",
  confidence: 8,
  visibility: "cohort",
  status: "planned",
  ...extra,
});

/** The field codes of a refused write; fails the test if the write succeeded. */
async function refusal(write: Promise<unknown>): Promise<Record<string, string>> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the write is refused").toBeInstanceOf(ClientResponseError);
  const { status, response } = error as ClientResponseError;
  expect(status).toBe(400);
  return Object.fromEntries(
    Object.entries(response["data"] as Record<string, { code: string }>).map(([field, d]) => [field, d.code]),
  );
}

const count = async (collection: string, filter: string, params: Record<string, unknown>) =>
  (await admin.collection(collection).getList(1, 1, { filter: admin.filter(filter, params) })).totalItems;

beforeAll(async () => {
  admin = await superuserClient();
  trainer = await newTrainer(admin);
  cohort = await newCohort(trainer.pb);
  me = await joinAs(cohort.joinCode, "王小雨");
});

describe("a commitment", () => {
  it.each([
    ["an action of spaces only", { action: "  \n\t\u3000 " }, { action: "validation_required" }],
    ["NUL in the action", { action: "先问\u0000客户" }, { action: "jiannuo_text_control" }],
    ["an escape character in the trigger", { trigger: "当\u001B[31m客户" }, { trigger: "jiannuo_text_control" }],
    ["a right-to-left override in the support", { support: "txt\u202Eexe.doc" }, { support: "jiannuo_text_control" }],
    ["an isolate in the measure", { measure: "\u2066每周\u2069" }, { measure: "jiannuo_text_control" }],
    ["a date that is no date", { dueOn: "next friday" }, { dueOn: "jiannuo_date_invalid" }],
    ["a day February does not have", { dueOn: "2026-02-30" }, { dueOn: "jiannuo_date_invalid" }],
    ["true for the confidence", { confidence: true }, { confidence: "jiannuo_number_invalid" }],
    ["the confidence as text", { confidence: "8" }, { confidence: "jiannuo_number_invalid" }],
    ["a list for a choice", { visibility: ["cohort"] }, { visibility: "jiannuo_value_invalid" }],
    [
      "several at once",
      { action: " ", dueOn: "soon", confidence: true },
      { action: "validation_required", dueOn: "jiannuo_date_invalid", confidence: "jiannuo_number_invalid" },
    ],
  ])("is refused on create with %s, and nothing is stored", async (_, extra, codes) => {
    const before = await count("commitments", "participant = {:p}", { p: me.record.id });
    expect(await refusal(me.pb.collection("commitments").create(commitment(extra)))).toEqual(codes);
    expect(await count("commitments", "participant = {:p}", { p: me.record.id })).toBe(before);
  });

  it("keeps line breaks and tabs in its longer texts, and the date as given", async () => {
    const created = await me.pb
      .collection("commitments")
      .create(commitment({ action: "第一步：问\n第二步：\t听", dueOn: "2026-12-24" }));
    const stored = await admin.collection("commitments").getOne(created.id);
    expect(stored["action"]).toBe("第一步：问\n第二步：\t听");
    expect(stored["dueOn"]).toMatch(/^2026-12-24/);
    expect(stored["confidence"]).toBe(8);
  });

  it("is refused on update the same way, and stays as it was", async () => {
    const created = await me.pb.collection("commitments").create(commitment());
    for (const [change, codes] of [
      [{ action: "   " }, { action: "validation_required" }],
      [{ action: "\u202E反过来" }, { action: "jiannuo_text_control" }],
      [{ dueOn: "2026-13-01" }, { dueOn: "jiannuo_date_invalid" }],
      [{ confidence: true }, { confidence: "jiannuo_number_invalid" }],
      // What PocketBase's modifiers would add is checked the same way.
      [{ "confidence+": true }, { confidence: "jiannuo_number_invalid" }],
      [{ "action+": "\u202E" }, { action: "jiannuo_text_control" }],
    ] as const) {
      expect(await refusal(me.pb.collection("commitments").update(created.id, change))).toEqual(codes);
    }
    const stored = await admin.collection("commitments").getOne(created.id);
    expect({ action: stored["action"], dueOn: stored["dueOn"].slice(0, 10), confidence: stored["confidence"] }).toEqual(
      { action: "每天先问客户一个问题", dueOn: "2026-12-24", confidence: 8 },
    );
    // An unreadable date is refused, not dropped; an empty one clears the date.
    await me.pb.collection("commitments").update(created.id, { dueOn: "" });
    expect((await admin.collection("commitments").getOne(created.id))["dueOn"]).toBe("");
  });
});

describe("the other collections people write", () => {
  it("a check-in's note", async () => {
    const k = await me.pb.collection("commitments").create(commitment());
    expect(
      await refusal(
        me.pb.collection("checkins").create({ commitment: k.id, status: "done", source: "app", note: "好\u2067多了" }),
      ),
    ).toEqual({ note: "jiannuo_text_control" });
    expect(
      await refusal(
        me.pb.collection("checkins").create({ commitment: k.id, status: "done", source: "app", shareable: "yes" }),
      ),
    ).toEqual({ shareable: "jiannuo_value_invalid" });
    expect(await count("checkins", "commitment = {:k}", { k: k.id })).toBe(0);
    const ok = await me.pb
      .collection("checkins")
      .create({ commitment: k.id, status: "done", source: "app", note: "好多了\n下周继续" });
    expect(await refusal(me.pb.collection("checkins").update(ok.id, { note: "a\u0000b" }))).toEqual({
      note: "jiannuo_text_control",
    });
    expect((await admin.collection("checkins").getOne(ok.id))["note"]).toBe("好多了\n下周继续");
  });

  it("a participant's own record", async () => {
    for (const [change, codes] of [
      [{ name: "   " }, { name: "validation_required" }],
      [{ name: "王\u202E雨" }, { name: "jiannuo_text_control" }],
      [{ name: "王\n雨" }, { name: "jiannuo_text_control" }],
      [{ followUpConsent: "yes" }, { followUpConsent: "jiannuo_value_invalid" }],
    ] as const) {
      expect(await refusal(me.pb.collection("participants").update(me.record.id, change))).toEqual(codes);
    }
    expect((await admin.collection("participants").getOne(me.record.id))["name"]).toBe("王小雨");
  });

  it("a cohort, on create and update", async () => {
    const base = {
      name: "二期",
      organization: "示例",
      trainer: trainer.record.id,
      startsOn: "2026-11-24",
      endsOn: "2026-11-25",
      locale: "zh-CN",
    };
    const before = await count("cohorts", "trainer = {:t}", { t: trainer.record.id });
    for (const [change, codes] of [
      [{ name: " \u3000 " }, { name: "validation_required" }],
      [{ organization: "示\u0000例" }, { organization: "jiannuo_text_control" }],
      [{ startsOn: "soon" }, { startsOn: "jiannuo_date_invalid" }],
      [{ showNamesOnWall: 1 }, { showNamesOnWall: "jiannuo_value_invalid" }],
    ] as const) {
      expect(await refusal(trainer.pb.collection("cohorts").create({ ...base, ...change }))).toEqual(codes);
    }
    expect(await count("cohorts", "trainer = {:t}", { t: trainer.record.id })).toBe(before);
    expect(await refusal(trainer.pb.collection("cohorts").update(cohort.id, { name: "\u2066" }))).toEqual({
      name: "jiannuo_text_control",
    });
    expect((await admin.collection("cohorts").getOne(cohort.id))["name"]).toBe(cohort["name"]);
  });

  it("a trainer's name", async () => {
    expect(await refusal(trainer.pb.collection("trainers").update(trainer.record.id, { name: "  " }))).toEqual({
      name: "validation_required",
    });
    expect(
      await refusal(trainer.pb.collection("trainers").update(trainer.record.id, { name: "周\u202D老师" })),
    ).toEqual({ name: "jiannuo_text_control" });
  });

  it("an exercise result", async () => {
    const body = {
      participant: me.record.id,
      cohort: cohort.id,
      exercise: "mindset-sort",
      module: " ",
      summary: { correct: 8, total: 10 },
    };
    expect(await refusal(me.pb.collection("exercise_results").create(body))).toEqual({ module: "validation_required" });
    expect(await count("exercise_results", "participant = {:p}", { p: me.record.id })).toBe(0);
  });

  it("a superuser's write too (the admin dashboard)", async () => {
    expect(await refusal(admin.collection("commitments").create(commitment({ action: "\u202E" })))).toEqual({
      action: "jiannuo_text_control",
    });
  });
});

describe("the join route", () => {
  it.each([
    ["a name of spaces only", "   ", "jiannuo_name_required"],
    ["NUL in the name", "王\u0000小雨", "jiannuo_text_control"],
    ["a right-to-left override in the name", "\u202E王小雨", "jiannuo_text_control"],
    ["a line break in the name", "王\n小雨", "jiannuo_text_control"],
  ])("refuses %s and makes no participant", async (_, name, code) => {
    const before = await count("participants", "cohort = {:c}", { c: cohort.id });
    expect(await postJoin({ code: cohort.joinCode, name, locale: "zh-CN" })).toMatchObject({
      status: 400,
      body: { data: { name: { code } } },
    });
    expect(await count("participants", "cohort = {:c}", { c: cohort.id })).toBe(before);
  });
});
