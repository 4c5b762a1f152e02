// The live wall's state: events and lists merged by id, what the room sees, counts, and the fill-in
// after a reconnect.
import { describe, expect, it } from "vitest";
import {
  applyWallEvent,
  cardAsCommitment,
  countsByModule,
  EMPTY_WALL,
  lastSeen,
  mergeCommitments,
  replaceCommitments,
  shortModuleTitle,
  themeTexts,
  visibleCount,
  wallCards,
  type WallCommitment,
} from "../../src/lib/wall";

function card(id: string, fields: Partial<WallCommitment> = {}): WallCommitment {
  return {
    id,
    participant: `person-${id}`,
    cohort: "cohort000000001",
    module: "eoac",
    action: `行动 ${id}`,
    trigger: "每周五下班前",
    measure: "",
    visibility: "cohort",
    hidden: false,
    created: "2026-11-24 09:00:00.000Z",
    updated: "2026-11-24 09:00:00.000Z",
    expand: { participant: { name: "赵敏" } },
    ...fields,
  };
}

const ids = (records: WallCommitment[]) => records.map((r) => r.id);

describe("events", () => {
  it("adds a created commitment and replaces it on update, by id", () => {
    let state = applyWallEvent(EMPTY_WALL, { action: "create", record: card("a") });
    state = applyWallEvent(state, {
      action: "update",
      record: card("a", { action: "改过的", updated: "2026-11-24 09:05:00.000Z" }),
    });
    expect(wallCards(state)).toEqual([card("a", { action: "改过的", updated: "2026-11-24 09:05:00.000Z" })]);
  });

  it("ignores an event older than the record held", () => {
    const fresh = card("a", { action: "新的", updated: "2026-11-24 09:05:00.000Z" });
    const state = applyWallEvent(applyWallEvent(EMPTY_WALL, { action: "update", record: fresh }), {
      action: "update",
      record: card("a"),
    });
    expect(wallCards(state)).toEqual([fresh]);
  });

  it("keeps the participant name when an update comes without expand", () => {
    let state = applyWallEvent(EMPTY_WALL, { action: "create", record: card("a") });
    const { expand: _none, ...bare } = card("a", { hidden: true, updated: "2026-11-24 09:05:00.000Z" });
    state = applyWallEvent(state, { action: "update", record: bare });
    expect(wallCards(state, { includeHidden: true })[0]?.expand?.participant?.name).toBe("赵敏");
  });

  it("never holds a private commitment, and drops one that turns private", () => {
    let state = applyWallEvent(EMPTY_WALL, { action: "create", record: card("p", { visibility: "private" }) });
    expect(state).toEqual(EMPTY_WALL);
    state = applyWallEvent(state, { action: "create", record: card("a") });
    state = applyWallEvent(state, {
      action: "update",
      record: card("a", { visibility: "private", updated: "2026-11-24 09:05:00.000Z" }),
    });
    expect(wallCards(state, { includeHidden: true })).toEqual([]);
  });

  it("removes a deleted commitment for good, even if a slower list still has it", () => {
    let state = mergeCommitments(EMPTY_WALL, [card("a"), card("b")]);
    state = applyWallEvent(state, { action: "delete", record: card("a") });
    state = mergeCommitments(state, [card("a")]);
    expect(ids(wallCards(state))).toEqual(["b"]);
  });

  it("brings a removed card back when it is created again (a tablet's card unhidden)", () => {
    let state = applyWallEvent(EMPTY_WALL, { action: "create", record: card("a") });
    state = applyWallEvent(state, { action: "delete", record: card("a") });
    state = applyWallEvent(state, { action: "create", record: card("a", { updated: "2026-11-24 09:05:00.000Z" }) });
    expect(ids(wallCards(state))).toEqual(["a"]);
    expect(state.deleted).toEqual([]);
  });
});

describe("a participant's tablet", () => {
  it("draws a broadcast card as the wall draws a commitment: its text, its name, its time", () => {
    const drawn = cardAsCommitment({
      id: "a",
      cohort: "cohort000000001",
      module: "eoac",
      action: "行动 a",
      trigger: "每周五下班前",
      name: "赵敏",
      posted: "2026-11-24 09:00:00.000Z",
      updated: "2026-11-24 09:00:00.000Z",
    });
    expect(drawn).toEqual(card("a", { participant: "" }));
  });

  it("takes a complete list as the whole wall: what is missing from it has left, deleted ones stay away", () => {
    let state = mergeCommitments(EMPTY_WALL, [card("a"), card("b"), card("c")]);
    state = applyWallEvent(state, { action: "delete", record: card("c") });
    state = replaceCommitments(state, [card("b"), card("c"), card("d")]);
    expect(ids(wallCards(state)).sort()).toEqual(["b", "d"]);
  });
});

describe("what the room sees", () => {
  const state = mergeCommitments(EMPTY_WALL, [
    card("old", { created: "2026-11-24 08:00:00.000Z" }),
    card("new", { created: "2026-11-24 10:00:00.000Z", module: "belonging" }),
    card("hid", { created: "2026-11-24 09:30:00.000Z", hidden: true }),
    card("mid", { created: "2026-11-24 09:00:00.000Z", module: "kept-from-an-old-course" }),
  ]);

  it("lists cards newest first, without hidden ones unless moderating", () => {
    expect(ids(wallCards(state))).toEqual(["new", "mid", "old"]);
    expect(ids(wallCards(state, { includeHidden: true }))).toEqual(["new", "hid", "mid", "old"]);
    expect(visibleCount(state)).toBe(3);
  });

  it("orders cards created in the same millisecond by id, newest id first", () => {
    const same = mergeCommitments(EMPTY_WALL, [card("a"), card("c"), card("b")]);
    expect(ids(wallCards(same))).toEqual(["c", "b", "a"]);
  });

  it("counts visible cards by module: course modules in order with zeros, then other slugs", () => {
    expect(countsByModule(state, ["service-mindset", "eoac", "belonging"])).toEqual([
      { module: "service-mindset", count: 0 },
      { module: "eoac", count: 1 },
      { module: "belonging", count: 1 },
      { module: "kept-from-an-old-course", count: 1 },
    ]);
  });

  it("gives the theme view the action and trigger of visible cards only", () => {
    expect(themeTexts(state)).toEqual(["行动 new\n每周五下班前", "行动 mid\n每周五下班前", "行动 old\n每周五下班前"]);
  });

  it("gives the theme view one text per person, so a word counts once per person who wrote it", () => {
    const twice = mergeCommitments(EMPTY_WALL, [
      card("a", { participant: "p1", action: "复述客户的问题", created: "2026-11-24 09:02:00.000Z" }),
      card("b", { participant: "p1", action: "记下客户的名字", trigger: "" }),
      card("c", { participant: "p2", action: "微笑问候", hidden: true }),
    ]);
    expect(themeTexts(twice)).toEqual(["复述客户的问题\n每周五下班前\n记下客户的名字\n"]);
  });

  it("shortens module titles at the first colon", () => {
    expect(shortModuleTitle("行动承诺：从课堂到岗位")).toBe("行动承诺");
    expect(shortModuleTitle("Action commitment: from the classroom to the job")).toBe("Action commitment");
    expect(shortModuleTitle("EOAC 沟通模式")).toBe("EOAC 沟通模式");
  });
});

describe("fill-in after a reconnect", () => {
  it("knows the latest update seen, and merges what was missed by id", () => {
    let state = mergeCommitments(EMPTY_WALL, [card("a"), card("b", { updated: "2026-11-24 09:10:00.000Z" })]);
    expect(lastSeen(state)).toBe("2026-11-24 09:10:00.000Z");
    expect(lastSeen(EMPTY_WALL)).toBe("");

    // While offline: b was hidden by the trainer's tablet, c was created, a turned private.
    state = mergeCommitments(state, [
      card("b", { hidden: true, updated: "2026-11-24 09:20:00.000Z" }),
      card("c", { created: "2026-11-24 09:15:00.000Z", updated: "2026-11-24 09:15:00.000Z" }),
      card("a", { visibility: "private", updated: "2026-11-24 09:12:00.000Z" }),
      card("b", { updated: "2026-11-24 09:10:00.000Z" }), // already known, merged twice: harmless
    ]);
    expect(ids(wallCards(state))).toEqual(["c"]);
    expect(ids(wallCards(state, { includeHidden: true }))).toEqual(["c", "b"]);
    expect(lastSeen(state)).toBe("2026-11-24 09:20:00.000Z");
  });
});
