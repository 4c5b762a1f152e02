// The live wall's state as pure functions: the island feeds it the first list, realtime events and the
// fill-in list after a reconnect, and asks it what to show. No network and no DOM here.
import type { CommitmentsRecord, WallCardsRecord } from "./pocketbase-types";

/** The fields of a commitment the wall reads (the requests ask for only these, see WALL_FIELDS). */
export type WallCommitment = Pick<
  CommitmentsRecord,
  | "id"
  | "participant"
  | "cohort"
  | "module"
  | "action"
  | "trigger"
  | "measure"
  | "visibility"
  | "hidden"
  | "created"
  | "updated"
> & { expand?: { participant?: { name: string } } };

/**
 * The `fields` query of every wall request. `measure` is for the coach in the trainer's moderation view
 * (never drawn on a projected card); the participant's id lets the theme view count people, not cards.
 * The wall never needs the date, support or confidence.
 */
export const WALL_FIELDS =
  "id,participant,cohort,module,action,trigger,measure,visibility,hidden,created,updated,expand.participant.name";

/** A realtime event of the commitments collection, as the PocketBase SDK passes it. */
export interface WallEvent {
  action: string;
  record: WallCommitment;
}

/** What the wall knows: the cohort's shared commitments (hidden ones too, for moderation) by id. */
export interface WallState {
  byId: Readonly<Record<string, WallCommitment>>;
  /** Ids deleted while the wall was open, so a late list cannot bring them back. */
  deleted: readonly string[];
}

/** The wall before anything has arrived. */
export const EMPTY_WALL: WallState = { byId: {}, deleted: [] };

/**
 * The state with `record` merged in by id. A record older than the one held is ignored (a fill-in list
 * may be slower than an event); a record turned private leaves the wall at once. An update without
 * `expand` (e.g. the answer to a moderation change) keeps the participant name already held.
 */
export function mergeCommitment(state: WallState, record: WallCommitment): WallState {
  if (state.deleted.includes(record.id)) return state;
  const held = state.byId[record.id];
  if (held && held.updated > record.updated) return state;
  const { [record.id]: _dropped, ...others } = state.byId;
  if (record.visibility !== "cohort") return held ? { ...state, byId: others } : state;
  const merged = record.expand?.participant || !held?.expand ? record : { ...record, expand: held.expand };
  return { ...state, byId: { ...others, [record.id]: merged } };
}

/** The state with a list merged in (the first load, or what was missed during a disconnection). */
export function mergeCommitments(state: WallState, records: readonly WallCommitment[]): WallState {
  return records.reduce(mergeCommitment, state);
}

/**
 * The state after one realtime event: create and update merge, delete removes (and keeps a late list
 * from bringing it back). A create after a delete brings it back: a wall card leaves when its commitment
 * is hidden or made private and comes back, with the same id, when that is undone.
 */
export function applyWallEvent(state: WallState, event: WallEvent): WallState {
  if (event.action === "create" && state.deleted.includes(event.record.id))
    return mergeCommitment({ ...state, deleted: state.deleted.filter((id) => id !== event.record.id) }, event.record);
  if (event.action !== "delete") return mergeCommitment(state, event.record);
  const { [event.record.id]: _removed, ...byId } = state.byId;
  return { byId, deleted: [...state.deleted, event.record.id] };
}

/**
 * The state holding exactly `records` (a complete list, e.g. a tablet's reload after a reconnect or a
 * reveal): what is not in it has left the wall; ids deleted while the wall was open stay away.
 */
export function replaceCommitments(state: WallState, records: readonly WallCommitment[]): WallState {
  return mergeCommitments({ byId: {}, deleted: state.deleted }, records);
}

/** A wall card as a participant's tablet gets it (pocketbase/pb_hooks/lib/wall-broadcast.js, TABLET_FIELDS). */
export type TabletCard = Pick<
  WallCardsRecord,
  "id" | "cohort" | "module" | "action" | "trigger" | "name" | "posted" | "updated"
>;

/** The `fields` query of a tablet's card list: the same fields the broadcast sends. */
export const TABLET_CARD_FIELDS = "id,cohort,module,action,trigger,name,posted,updated";

/**
 * A card in the shape the wall's state and cards draw (the trainer's wall reads commitments): the same
 * id, text and order, the name as the participant's, and no participant id (a tablet never gets one, so
 * the theme view would count each card as a person; the tablet shows cards only).
 */
export function cardAsCommitment(card: TabletCard): WallCommitment {
  return {
    id: card.id,
    participant: "",
    cohort: card.cohort,
    module: card.module,
    action: card.action,
    trigger: card.trigger,
    measure: "",
    visibility: "cohort",
    hidden: false,
    created: card.posted,
    updated: card.updated,
    expand: { participant: { name: card.name } },
  };
}

/** The latest `updated` seen: a fill-in after a reconnect asks for everything updated since then. */
export function lastSeen(state: WallState): string {
  let latest = "";
  for (const record of Object.values(state.byId)) if (record.updated > latest) latest = record.updated;
  return latest;
}

function newestFirst(a: WallCommitment, b: WallCommitment): number {
  if (a.created !== b.created) return a.created > b.created ? -1 : 1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The cards to draw, newest first: the room sees the ones not hidden; moderation sees all. */
export function wallCards(state: WallState, { includeHidden = false } = {}): WallCommitment[] {
  return Object.values(state.byId)
    .filter((record) => includeHidden || !record.hidden)
    .sort(newestFirst);
}

/** How many commitments the room would see (the number shown while the wall is covered). */
export function visibleCount(state: WallState): number {
  return Object.values(state.byId).filter((record) => !record.hidden).length;
}

/** A module's number of visible commitments. */
export interface ModuleCount {
  module: string;
  count: number;
}

/**
 * Visible commitments per module: every module of the course in course order (zero included, so the
 * bar does not jump), then any other slug found, alphabetically.
 */
export function countsByModule(state: WallState, courseModules: readonly string[]): ModuleCount[] {
  const counts = new Map<string, number>(courseModules.map((module) => [module, 0]));
  const others = new Set<string>();
  for (const record of Object.values(state.byId)) {
    if (record.hidden) continue;
    if (!counts.has(record.module)) others.add(record.module);
    counts.set(record.module, (counts.get(record.module) ?? 0) + 1);
  }
  const order = [...courseModules, ...[...others].sort()];
  return order.map((module) => ({ module, count: counts.get(module) ?? 0 }));
}

/** A module title short enough for a card: the part before a colon ("行动承诺：从课堂到岗位" -> "行动承诺"). */
export function shortModuleTitle(title: string): string {
  return title.split(/[:：]/)[0]?.trim() || title;
}

/**
 * The texts the theme view reads: one per person, the action and trigger of each of their cards the room
 * sees, so a word counts once per person who wrote it ("until two people share a word").
 */
export function themeTexts(state: WallState): string[] {
  const byPerson = new Map<string, string[]>();
  for (const record of wallCards(state)) {
    // A record without its participant (never from the server) counts as a person of its own.
    const person = record.participant || `card:${record.id}`;
    byPerson.set(person, [...(byPerson.get(person) ?? []), record.action, record.trigger]);
  }
  return [...byPerson.values()].map((texts) => texts.join("\n"));
}
