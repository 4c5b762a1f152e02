// The participant's channels beyond email (reach_channels): which the server offers them, which they
// chose, and giving or withdrawing each consent. The server stamps the times, normalises the number and
// drops it on withdrawal (pocketbase/pb_hooks/lib/reach-choices.js); rules let only its owner read it.
import type { IslandKey } from "../../i18n/islands";
import { FORM_ERROR } from "../../lib/api-errors";
import { pb } from "../../lib/pocketbase";
import { REACH_CHANNELS_FIELDS, type ReachChannelsRecord } from "../../lib/pocketbase-types";
import { requestErrorKeys } from "../../lib/request-errors";
import { failureKey } from "./my-data";

/** A channel a participant may choose, in the order the page lists them. */
export type ReachChannel = ReachChannelsRecord["channel"];
export const REACH_CHANNELS: readonly ReachChannel[] = REACH_CHANNELS_FIELDS.channel.values;

/** Route in pb_hooks/participant-routes.pb.js: the channels this participant may choose now. */
export const REACH_OPTIONS_ROUTE = "/api/jiannuo/me/reach";

/** What the section shows: the offered channels, and the participant's choices by channel. */
export interface ReachState {
  offered: ReachChannel[];
  choices: Partial<Record<ReachChannel, ReachChannelsRecord>>;
}

/** Loads the offer and the participant's own choices. */
export async function loadReach(participantId: string): Promise<ReachState> {
  const [options, records] = await Promise.all([
    pb.send<{ channels: ReachChannel[] }>(REACH_OPTIONS_ROUTE, { requestKey: null }),
    pb.collection("reach_channels").getFullList({
      filter: pb.filter("participant = {:p}", { p: participantId }),
      requestKey: null,
    }),
  ]);
  const choices: ReachState["choices"] = {};
  for (const record of records) choices[record.channel] = record;
  return { offered: options.channels.filter((c) => REACH_CHANNELS.includes(c)), choices };
}

/** A save's outcome: the saved record, or the message for the number or for the whole request. */
export type ReachSave = { saved: ReachChannelsRecord } | { field: "mobile" | "form"; error: IslandKey<"me"> };

function failed(error: unknown): ReachSave {
  const keys = requestErrorKeys(error, ["mobile"]);
  if (keys["mobile"]) return { field: "mobile", error: keys["mobile"] };
  const status = (error as { status?: unknown } | null)?.status;
  return { field: "form", error: status === 400 ? (keys[FORM_ERROR] ?? "errors.server") : failureKey(error) };
}

/** Gives consent to `channel` with `mobile` (a new choice, or one withdrawn before). */
export async function giveConsent(
  participantId: string,
  channel: ReachChannel,
  mobile: string,
  existing: ReachChannelsRecord | undefined,
): Promise<ReachSave> {
  try {
    const body = { consent: true, mobile: mobile.trim() };
    const saved = existing
      ? await pb.collection("reach_channels").update(existing.id, body, { requestKey: null })
      : await pb
          .collection("reach_channels")
          .create({ participant: participantId, channel, ...body }, { requestKey: null });
    return { saved };
  } catch (error) {
    return failed(error);
  }
}

/** Withdraws the consent of a choice: one request, and the server deletes the number. */
export async function withdrawConsent(choice: ReachChannelsRecord): Promise<ReachSave> {
  try {
    return { saved: await pb.collection("reach_channels").update(choice.id, { consent: false }, { requestKey: null }) };
  } catch (error) {
    return failed(error);
  }
}
