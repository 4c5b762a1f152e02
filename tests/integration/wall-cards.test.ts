// The wall's cards (wall_cards, kept by pb_hooks/lib/wall-cards.js): a participant of the cohort hears
// each shared commitment's card once and nothing else, a participant of another cohort hears nothing,
// private and hidden commitments never have a card, and the card follows hiding, the cover, names,
// deletion and a participant's removal. That nothing more came is shown by markers heard later on the
// same connection (one client's events arrive in the order they were sent), never by waiting.
import "../support/realtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { joinAs, newCohort, statusOf, trainerWithCohort } from "../support/api";

type Joined = Awaited<ReturnType<typeof joinAs>>;
const MARKER = "marker:";
let admin: PocketBase;
let trainer: PocketBase;
let otherTrainer: PocketBase;
let author: Joined;
let peer: Joined;
let stranger: Joined;
let cohortId: string;
let otherCohortId: string;
type Heard = { action: string; record: RecordModel };
const heard: Record<string, Heard[]> = { trainer: [], otherTrainer: [], peer: [], stranger: [] };
const cohortEvents: RecordModel[] = [];
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const cast = await trainerWithCohort();
  ({ admin, trainer, otherTrainer } = cast);
  cohortId = cast.cohort.id;
  author = await joinAs(cast.cohort.joinCode, "作者");
  peer = await joinAs(cast.cohort.joinCode, "同事");
  const other = await newCohort(otherTrainer);
  otherCohortId = other.id;
  stranger = await joinAs(other.joinCode, "外人");
  for (const [name, pb] of [
    ["trainer", trainer],
    ["otherTrainer", otherTrainer],
    ["peer", peer.pb],
    ["stranger", stranger.pb],
  ] as const) {
    stops.push(await pb.collection("wall_cards").subscribe("*", (e) => heard[name]!.push(e)));
  }
  stops.push(await peer.pb.collection("cohorts").subscribe(cohortId, (e) => cohortEvents.push(e.record)));
});

afterAll(async () => {
  for (const stop of stops) await stop();
});

const submitAs = (who: Joined, cohort: string, action: string, visibility: "cohort" | "private") =>
  who.pb.collection("commitments").create({
    participant: who.record.id,
    cohort,
    module: "eoac",
    kind: "personal",
    action,
    trigger: `${action}的时机`,
    measure: "每周记一次",
    confidence: 8,
    visibility,
    status: "planned",
  });

/** What `who` heard, as "action:card text", leaving out markers. */
const said = (who: string) =>
  heard[who]!.filter((e) => !String(e.record["action"]).startsWith(MARKER)).map(
    (e) => `${e.action}:${e.record["action"]}`,
  );

let markers = 0;
/** Shares a marker in both cohorts and waits until all four subscribers heard theirs. */
async function allSent(): Promise<void> {
  const text = `${MARKER}${++markers}`;
  await submitAs(author, cohortId, text, "cohort");
  await submitAs(stranger, otherCohortId, text, "cohort");
  for (const who of Object.keys(heard))
    await expect.poll(() => heard[who]!.some((e) => e.record["action"] === text), { timeout: 5000 }).toBe(true);
}

function clear() {
  for (const who of Object.keys(heard)) heard[who]!.length = 0;
}

describe("wall cards", () => {
  it("a shared commitment reaches its cohort's wall once, with what the wall shows only; a private one never", async () => {
    const shared = await submitAs(author, cohortId, "晨会上分享客户故事", "cohort");
    await submitAs(author, cohortId, "只给培训师看的承诺", "private");
    await allSent();
    expect(said("peer")).toEqual(["create:晨会上分享客户故事"]);
    expect(said("trainer")).toEqual(["create:晨会上分享客户故事"]);
    expect(said("otherTrainer")).toEqual([]);
    expect(said("stranger")).toEqual([]);

    const card = heard.peer!.find((e) => e.record.id === shared.id)!.record;
    expect(card).toEqual({
      id: shared.id,
      collectionId: expect.any(String),
      collectionName: "wall_cards",
      cohort: cohortId,
      trainer: trainer.authStore.record!.id,
      shown: true,
      module: "eoac",
      action: "晨会上分享客户故事",
      trigger: "晨会上分享客户故事的时机",
      name: "", // the cohort does not show names on the wall
      posted: shared["created"],
      created: expect.any(String),
      updated: expect.any(String),
    });
    // A participant of another cohort cannot read it either way.
    expect(await statusOf(stranger.pb.collection("wall_cards").getOne(shared.id))).toBe(404);
    expect(await stranger.pb.collection("wall_cards").getFullList({ filter: `cohort = "${cohortId}"` })).toEqual([]);
    clear();
  });

  it("a change the wall does not show sends no card event; hiding, making private and deleting remove the card", async () => {
    const k = await submitAs(author, cohortId, "每周给同事一条反馈", "cohort");
    await author.pb.collection("commitments").update(k.id, { status: "in_progress", measure: "每周两次" });
    await trainer.collection("commitments").update(k.id, { hidden: true });
    expect(await statusOf(peer.pb.collection("wall_cards").getOne(k.id))).toBe(404);
    expect(await statusOf(admin.collection("wall_cards").getOne(k.id))).toBe(404);
    await trainer.collection("commitments").update(k.id, { hidden: false });
    await author.pb.collection("commitments").update(k.id, { visibility: "private" });
    await author.pb.collection("commitments").update(k.id, { visibility: "cohort" });
    await author.pb.collection("commitments").delete(k.id);
    await allSent();
    const expected = [
      "create:每周给同事一条反馈",
      "delete:每周给同事一条反馈",
      "create:每周给同事一条反馈",
      "delete:每周给同事一条反馈",
      "create:每周给同事一条反馈",
      "delete:每周给同事一条反馈",
    ];
    expect(said("peer")).toEqual(expected);
    expect(said("trainer")).toEqual(expected);
    expect(said("stranger")).toEqual([]);
    expect(await statusOf(admin.collection("wall_cards").getOne(k.id))).toBe(404);
    clear();
  });

  it("a hidden commitment's card never reaches a participant, however it is listed", async () => {
    const k = await submitAs(author, cohortId, "被隐藏的承诺", "cohort");
    await trainer.collection("commitments").update(k.id, { hidden: true });
    await allSent();
    const listed = await peer.pb.collection("wall_cards").getFullList();
    expect(listed.map((r) => r["action"])).not.toContain("被隐藏的承诺");
    // The create went out before the trainer hid it; the delete follows it at once, on every tablet.
    expect(said("peer")).toEqual(["create:被隐藏的承诺", "delete:被隐藏的承诺"]);
    clear();
  });

  it("names appear only when the cohort shows them, and follow a rename", async () => {
    const k = await submitAs(author, cohortId, "带名字的承诺", "cohort");
    expect((await peer.pb.collection("wall_cards").getOne(k.id))["name"]).toBe("");
    await trainer.collection("cohorts").update(cohortId, { showNamesOnWall: true });
    expect((await peer.pb.collection("wall_cards").getOne(k.id))["name"]).toBe("作者");
    await author.pb.collection("participants").update(author.record.id, { name: "新名字" });
    await allSent();
    expect(heard.peer!.filter((e) => e.record.id === k.id).map((e) => `${e.action}:${e.record["name"]}`)).toEqual([
      "create:",
      "update:新名字",
    ]);
    await trainer.collection("cohorts").update(cohortId, { showNamesOnWall: false });
    expect((await peer.pb.collection("wall_cards").getOne(k.id))["name"]).toBe("");
    clear();
  });

  it("while the wall is covered, participants get no card; the trainer does; the reveal shows them", async () => {
    await trainer.collection("cohorts").update(cohortId, { wallHidden: true });
    const k = await submitAs(author, cohortId, "遮住时写的承诺", "cohort");
    expect(await peer.pb.collection("wall_cards").getFullList()).toEqual([]);
    expect(await statusOf(peer.pb.collection("wall_cards").getOne(k.id))).toBe(404);
    expect((await trainer.collection("wall_cards").getOne(k.id))["shown"]).toBe(false);
    await expect.poll(() => said("trainer"), { timeout: 5000 }).toEqual(["create:遮住时写的承诺"]);
    await trainer.collection("cohorts").update(cohortId, { wallHidden: false });
    // The reveal reaches the peer as the cohort's event, after everything sent before it.
    await expect.poll(() => cohortEvents.some((c) => c["wallHidden"] === false), { timeout: 5000 }).toBe(true);
    expect(said("peer")).toEqual([]);
    const listed = await peer.pb.collection("wall_cards").getFullList();
    expect(listed.map((r) => r["action"])).toContain("遮住时写的承诺");
    clear();
  });

  it("a participant removed by the trainer takes their cards along", async () => {
    const leaver = await joinAs((await admin.collection("cohorts").getOne(cohortId))["joinCode"], "离开的人");
    const k = await submitAs(leaver, cohortId, "离开的人的承诺", "cohort");
    expect((await peer.pb.collection("wall_cards").getOne(k.id))["action"]).toBe("离开的人的承诺");
    await trainer.collection("participants").delete(leaver.record.id);
    expect(await statusOf(admin.collection("wall_cards").getOne(k.id))).toBe(404);
    await allSent();
    expect(said("peer")).toEqual(["create:离开的人的承诺", "delete:离开的人的承诺"]);
  });

  it("the migration made cards for what was shared before it (the demo cohort, which shows names)", async () => {
    const demo = "democohort00001";
    const shared = await admin.collection("commitments").getFullList({
      filter: `cohort = "${demo}" && visibility = "cohort" && hidden = false`,
      expand: "participant",
    });
    const cards = await admin.collection("wall_cards").getFullList({ filter: `cohort = "${demo}"` });
    expect(shared.length).toBeGreaterThan(0);
    expect(cards.map((c) => [c.id, c["action"], c["name"], c["posted"]]).sort()).toEqual(
      shared.map((k) => [k.id, k["action"], k.expand?.["participant"]?.["name"], k["created"]]).sort(),
    );
  });
});
