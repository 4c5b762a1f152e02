// Realtime for every collection: each role subscribes to everything; every record of the world then
// changes, and each role must hear of exactly the records it may read (the VISIBLE table of the access
// matrix), without hidden fields or other people's emails.
// That nothing more arrives is shown by markers, not by waiting: after every change, each cohort's
// organization gets a marker. One client's events arrive in the order they were sent, so a role that has
// heard the marker of every cohort it may read has heard everything before it. The anonymous role may
// read nothing, so no marker can reach it: the others' markers show the server has sent every event.
// Every role also listens to both cohorts' wall broadcast (jiannuo_wall/<cohort>, the tablets' wall):
// it must carry exactly the wall cards the role may read, on the same connection as the markers.
import "../support/realtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import {
  buildWorld,
  COLLECTIONS,
  HIDDEN_FIELDS,
  LABELS,
  labelOf,
  ROLES,
  VISIBLE,
  type Collection,
  type Role,
  type World,
} from "../support/matrix-world";

const LIVE = COLLECTIONS;
const TABLET_FIELDS = ["action", "cohort", "id", "module", "name", "posted", "trigger", "updated"];
const MARKER = "marker: every change before this one has been sent";
/** What the wall broadcast brought each role, kept beside the collections' events. */
const WALL = "wall broadcast";
let w: World;
const heard = {} as Record<Role, Record<string, RecordModel[]>>;
const stops: Array<() => Promise<void>> = [];

/** A change to each collection's records that changes nothing else (same value again). */
const TOUCH: Record<Collection, (label: string) => Record<string, unknown>> = {
  trainers: (l) => ({ name: w.marks[l] }),
  cohorts: (l) => ({ organization: `Org ${w.marks[l]}` }),
  addresses: () => ({ emailVisibility: false }),
  participants: () => ({ locale: "zh-CN" }),
  commitments: () => ({ measure: "每周记一次" }),
  checkins: (l) => ({ note: w.marks[l] }),
  followups: () => ({ attempts: 2 }),
  exercise_results: () => ({ module: "belonging" }),
  belonging_profiles: () => ({ answers: 12 }),
  reach_channels: () => ({ consent: true }),
  wall_cards: () => ({ module: "eoac" }),
  result_measures: (l) => ({ name: w.marks[l] }),
  result_values: () => ({ value: 2 }),
  buddy_pairs: () => ({}),
  buddy_members: () => ({ cohort: w.ids.c1 }),
  buddy_encouragements: (l) => ({ words: w.marks[l] }),
  buddy_observations: () => ({}),
  buddy_nudges: () => ({ attempts: 0 }),
  buddy_wishes: () => ({ cohort: w.ids.c2 }),
  supervisors: () => ({ locale: "zh-CN" }),
  supervisor_links: (l) => ({ name: w.marks[l] }),
  supervisor_shares: () => ({ consent: true }),
  supervisor_marks: (l) => ({ note: w.marks[l] }),
};

beforeAll(async () => {
  w = await buildWorld();
  for (const role of ROLES) {
    heard[role] = {};
    for (const collection of LIVE) {
      heard[role][collection] = [];
      stops.push(
        await w.as[role].collection(collection).subscribe("*", (e) => heard[role][collection]!.push(e.record)),
      );
    }
  }
  for (const role of ROLES) {
    heard[role][WALL] = [];
    for (const cohort of ["c1", "c2"])
      stops.push(
        await w.as[role].realtime.subscribe(`jiannuo_wall/${w.ids[cohort]}`, (m: { record?: RecordModel }) => {
          if (m.record?.id) heard[role][WALL]!.push(m.record);
        }),
      );
  }
  for (const collection of LIVE) {
    for (const label of LABELS[collection])
      await w.admin.collection(collection).update(w.ids[label]!, TOUCH[collection](label));
  }
  for (const label of LABELS.cohorts)
    await w.admin.collection("cohorts").update(w.ids[label]!, { organization: MARKER });
});

afterAll(async () => {
  for (const stop of stops) await stop();
});

/** Whether every role has heard the marker of each cohort it may read (see the top of this file). */
const markersHeard = () =>
  ROLES.every((role) =>
    VISIBLE[role].cohorts.every((label) =>
      heard[role].cohorts!.some((r) => r.id === w.ids[label] && r["organization"] === MARKER),
    ),
  );

const labelsHeard = (role: Role, collection: string) =>
  [
    ...new Set(
      heard[role][collection]!.map((r) => labelOf(w, r.id)).filter(
        (l) => !l.startsWith("unlabelled") || role !== "superuser",
      ),
    ),
  ].sort();

describe.each(ROLES)("%s hears", (role) => {
  it.each(LIVE)("of exactly the records it may read in %s", async (collection) => {
    const expected = [...VISIBLE[role][collection]].sort();
    await expect.poll(() => labelsHeard(role, collection), { timeout: 5000 }).toEqual(expect.arrayContaining(expected));
    await expect.poll(markersHeard, { timeout: 5000 }).toBe(true); // and nothing more arrives late
    expect(labelsHeard(role, collection)).toEqual(expected);
  });

  it("of exactly the wall cards it may read on the wall broadcast, and only the cards' tablet fields", async () => {
    // The broadcast goes to participants and trainers; superusers read the cards through the API.
    const expected = role === "superuser" ? [] : [...VISIBLE[role].wall_cards].sort();
    await expect.poll(() => labelsHeard(role, WALL), { timeout: 5000 }).toEqual(expect.arrayContaining(expected));
    await expect.poll(markersHeard, { timeout: 5000 }).toBe(true);
    expect(labelsHeard(role, WALL)).toEqual(expected);
    for (const card of heard[role][WALL]!) expect(Object.keys(card).sort()).toEqual(TABLET_FIELDS);
  });

  it("a cohort's join code only in its own trainer's events", async () => {
    await expect.poll(markersHeard, { timeout: 5000 }).toBe(true);
    const withCode = [
      ...new Set(heard[role]["cohorts"]!.filter((r) => r["joinCode"]).map((r) => labelOf(w, r.id))),
    ].sort();
    const own: Partial<Record<Role, string[]>> = { t1: ["c1"], t2: ["c2"], superuser: ["c1", "c2"] };
    expect(withCode).toEqual(own[role] ?? []);
  });

  it.each(Object.keys(HIDDEN_FIELDS))("no hidden field or other people's email in %s events", (collection) => {
    if (role === "superuser") return;
    for (const record of heard[role][collection]!) {
      const label = labelOf(w, record.id);
      for (const field of HIDDEN_FIELDS[collection as Collection]!)
        expect({ label, [field]: record[field] }).toEqual({ label });
      if (record["email"]) expect(label).toBe(role);
    }
  });
});
