// The wall on every tablet (pb_hooks/lib/wall-broadcast.js): each card change goes out on the topic
// `jiannuo_wall/<cohort>` to that cohort's participants and trainer only. Anyone may subscribe to any
// topic; what reaches a connection is decided by its signed-in record. Absence is shown by a later message
// heard on the same connection (one connection's messages arrive in the order they were sent), never by
// waiting.
import "../support/realtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { client, joinAs, newCohort, statusOf, trainerWithCohort } from "../support/api";

type Joined = Awaited<ReturnType<typeof joinAs>>;
type Message = { topic: string; action: string; record?: Record<string, unknown>; count?: number; room?: unknown };
const MARKER = "marker:";
const topic = (cohort: string) => `jiannuo_wall/${cohort}`;

let trainer: PocketBase;
let otherTrainer: PocketBase;
let author: Joined;
let peer: Joined;
let stranger: Joined;
let a: string;
let b: string;
let codeA: string;
/** Starts signed out; signs in as a participant of A in the last test (same connection). */
let anonymous: PocketBase;
const heard: Record<string, Message[]> = { trainer: [], otherTrainer: [], peer: [], stranger: [], anonymous: [] };
const clients: PocketBase[] = [];

async function listen(name: string, pb: PocketBase, cohorts: string[]) {
  for (const cohort of cohorts)
    await pb.realtime.subscribe(topic(cohort), (data: Omit<Message, "topic">) =>
      heard[name]!.push({ topic: cohort, ...data }),
    );
  clients.push(pb);
}

beforeAll(async () => {
  const cast = await trainerWithCohort();
  ({ trainer, otherTrainer } = cast);
  a = cast.cohort.id;
  codeA = cast.cohort.joinCode;
  author = await joinAs(codeA, "作者");
  peer = await joinAs(codeA, "同事");
  const other = await newCohort(otherTrainer);
  b = other.id;
  stranger = await joinAs(other.joinCode, "外人");
  anonymous = client();
  await listen("trainer", trainer, [a]);
  await listen("otherTrainer", otherTrainer, [a, b]);
  await listen("peer", peer.pb, [a, b]);
  // With B's session on A's topic: subscribing is allowed, hearing is not.
  await listen("stranger", stranger.pb, [a, b]);
  await listen("anonymous", anonymous, [a]);
});

afterAll(async () => {
  for (const pb of clients) await pb.realtime.unsubscribe();
});

const submitAs = (who: Joined, cohort: string, action: string, visibility: "cohort" | "private" = "cohort") =>
  who.pb.collection("commitments").create({
    participant: who.record.id,
    cohort,
    module: "eoac",
    kind: "personal",
    action,
    trigger: `${action}的时机`,
    confidence: 8,
    visibility,
    status: "planned",
  });

/** What `who` heard of cards on `cohort`'s topic, as "action:text", leaving out markers and room settings. */
const said = (who: string, cohort: string) =>
  heard[who]!.filter(
    (m) => m.topic === cohort && m.action !== "room" && !String(m.record?.["action"] ?? "").startsWith(MARKER),
  ).map((m) => (m.record ? `${m.action}:${m.record["action"] ?? m.record["id"]}` : `${m.action}:${m.count}`));

let markers = 0;
/** A marker card in A, then one in B; waits until each listener heard the markers it may hear. */
async function allSent(listeners: Record<string, string[]>): Promise<void> {
  const text = `${MARKER}${++markers}`;
  await submitAs(author, a, text);
  await submitAs(stranger, b, text);
  for (const [who, cohorts] of Object.entries(listeners))
    for (const cohort of cohorts)
      await expect
        .poll(() => heard[who]!.some((m) => m.topic === cohort && m.record?.["action"] === text), { timeout: 5000 })
        .toBe(true);
}

/** Each listener and the topics it may hear on. */
const everyone = () => ({ trainer: [a], otherTrainer: [b], peer: [a], stranger: [b] });

function clear() {
  for (const list of Object.values(heard)) list.length = 0;
}

describe("the wall broadcast", () => {
  it("a shared card reaches its cohort's participants and trainer, with the wall's fields only; nobody else", async () => {
    const shared = await submitAs(author, a, "晨会上分享客户故事");
    await submitAs(author, a, "只给培训师看的承诺", "private");
    await allSent(everyone());
    expect(said("peer", a)).toEqual(["create:晨会上分享客户故事"]);
    expect(said("trainer", a)).toEqual(["create:晨会上分享客户故事"]);
    expect(said("otherTrainer", a)).toEqual([]);
    expect(said("stranger", a)).toEqual([]);
    // A's participant heard nothing on B's topic, though B's marker was sent after A's.
    expect(heard.peer!.filter((m) => m.topic === b)).toEqual([]);
    expect(heard.stranger!.filter((m) => m.topic === a)).toEqual([]);
    expect(heard.otherTrainer!.filter((m) => m.topic === a)).toEqual([]);

    const message = heard.peer!.find((m) => m.record?.["id"] === shared.id)!;
    expect(message.record).toEqual({
      id: shared.id,
      cohort: a,
      module: "eoac",
      action: "晨会上分享客户故事",
      trigger: "晨会上分享客户故事的时机",
      name: "",
      posted: shared["created"],
      updated: expect.any(String),
    });
    clear();
  });

  it("hiding, making private and deleting send a removal of the card", async () => {
    const k = await submitAs(author, a, "每周给同事一条反馈");
    await trainer.collection("commitments").update(k.id, { hidden: true });
    await trainer.collection("commitments").update(k.id, { hidden: false });
    await author.pb.collection("commitments").update(k.id, { visibility: "private" });
    await author.pb.collection("commitments").update(k.id, { visibility: "cohort" });
    await author.pb.collection("commitments").delete(k.id);
    await allSent(everyone());
    const expected = [
      "create:每周给同事一条反馈",
      `delete:${k.id}`,
      "create:每周给同事一条反馈",
      `delete:${k.id}`,
      "create:每周给同事一条反馈",
      `delete:${k.id}`,
    ];
    expect(said("peer", a)).toEqual(expected);
    expect(said("trainer", a)).toEqual(expected);
    expect(heard.peer!.filter((m) => m.action === "delete").map((m) => m.record)).toEqual([
      { id: k.id },
      { id: k.id },
      { id: k.id },
    ]);
    expect(said("stranger", a)).toEqual([]);
    clear();
  });

  it("while the wall is covered, participants get the count and no card text; the trainer gets the cards", async () => {
    await trainer.collection("cohorts").update(a, { wallHidden: true });
    const secret = await submitAs(author, a, "遮住时写的承诺");
    await author.pb.collection("commitments").update(secret.id, { trigger: "改过的时机" });
    await author.pb.collection("commitments").delete(secret.id);
    // The markers are cards too: covered, the peer hears A's only as a count; B's wall is open.
    await allSent({ trainer: [a], stranger: [b], otherTrainer: [b] });
    await expect.poll(() => heard.peer!.filter((m) => m.action === "covered").length, { timeout: 5000 }).toBe(3);
    const toPeer = heard.peer!.filter((m) => m.topic === a);
    expect(JSON.stringify(toPeer)).not.toContain("遮住时写的承诺");
    expect(JSON.stringify(toPeer)).not.toContain(MARKER);
    const [room, created, deleted, marker] = toPeer;
    expect(room).toMatchObject({ action: "room", room: { wallHidden: true }, count: expect.any(Number) });
    // The create counts one more, the edit sends nothing, the delete one fewer, the marker one more.
    expect([created, deleted, marker].map((m) => m!.action)).toEqual(["covered", "covered", "covered"]);
    expect(created!.count).toBe(room!.count! + 1);
    expect(deleted!.count).toBe(room!.count);
    expect(marker!.count).toBe(room!.count! + 1);
    expect(toPeer).toHaveLength(4);
    expect(said("trainer", a)).toEqual(["create:遮住时写的承诺", "update:遮住时写的承诺", `delete:${secret.id}`]);

    await trainer.collection("cohorts").update(a, { wallHidden: false });
    await expect
      .poll(() =>
        heard.peer!.some((m) => m.action === "room" && m.room && !(m.room as { wallHidden: boolean }).wallHidden),
      )
      .toBe(true);
    clear();
  });

  it("the tablet's first load: the room, and the count only while covered; signed out gets nothing", async () => {
    const opened = await peer.pb.send("/api/jiannuo/wall", {});
    expect(opened).toEqual({
      cohort: a,
      room: { name: expect.any(String), wallHidden: false, showNamesOnWall: false },
      count: null,
    });
    await trainer.collection("cohorts").update(a, { wallHidden: true });
    const covered = await peer.pb.send("/api/jiannuo/wall", {});
    const cards = await trainer.collection("wall_cards").getFullList({ filter: `cohort = "${a}"` });
    expect(covered).toMatchObject({ room: { wallHidden: true }, count: cards.length });
    await trainer.collection("cohorts").update(a, { wallHidden: false });
    expect(await statusOf(client().send("/api/jiannuo/wall", {}))).toBe(401);
    expect(await statusOf(trainer.send("/api/jiannuo/wall", {}))).toBe(403);
    clear();
  });

  it("a signed-out connection hears nothing; the same connection, once signed in to A, hears A's next card", async () => {
    const before = await submitAs(author, a, "未登录时写的承诺");
    await allSent(everyone());
    // Sign the same connection in: the SDK sends its topics again with the token, and the server takes it.
    const joined = await joinAs(codeA, "后来的平板");
    anonymous.authStore.save(joined.body.token, joined.body.record);
    await anonymous.realtime.subscribe(topic(b), (data: Omit<Message, "topic">) =>
      heard.anonymous!.push({ topic: b, ...data }),
    );
    const after = await submitAs(author, a, "登录后写的承诺");
    await expect.poll(() => said("anonymous", a), { timeout: 5000 }).toEqual(["create:登录后写的承诺"]);
    expect(heard.anonymous!.map((m) => m.record?.["id"])).not.toContain(before.id);
    expect(heard.anonymous!.map((m) => m.record?.["id"])).toContain(after.id);
  });
});
