// The cohort's channels (pb_hooks/lib/channel-stats.js, pb_hooks/lib/channels/routes.js): per channel
// what was sent, failed (by the provider's reason code) and answered, each channel's message as a
// participant receives it, and "send me a test message", answered in plain words by the server.
import { trainerPb } from "../../../lib/pocketbase";
import { REACH_CHANNELS_FIELDS } from "../../../lib/pocketbase-types";
import { cohortRoute, READ } from "../shared/cohort-api";
import { ROBOTS as GROUP_ROBOTS } from "./group-robots";

/** Email, then the channels beyond it, in the order the server lists them (the schema's order). */
export const CHANNELS = ["email", ...REACH_CHANNELS_FIELDS.channel.values] as const;
export type Channel = (typeof CHANNELS)[number];
export const ROBOTS: readonly Channel[] = GROUP_ROBOTS;

/** One channel's figures (counts only: nothing personal). */
export interface ChannelStats {
  channel: Channel;
  /** Whether the server (and, for a robot, the cohort) has what the channel needs. */
  ready: boolean;
  sent: number;
  waiting: number;
  /** Failed messages by the provider's reason code (channels.reason.<code> words it). */
  failed: Record<string, number>;
  answered: number;
  responseRate: number;
  rounds: { round: number; sent: number; answered: number; responseRate: number }[];
}

/** GET /api/jiannuo/cohorts/{id}/channels */
export interface ChannelsView {
  channels: ChannelStats[];
  previews: Record<Channel, { title: string; text: string }>;
}

/** What the test route answers: the outcome and its plain words, in the cohort's language. */
export interface TestAnswer {
  outcome: "sent" | "retry-after" | "refused" | "config-error";
  message: string;
  reason?: string;
  providerCode?: string | number;
}

/** The test's form: the channel and what it needs (a mobile number; a robot's webhook and secret). */
export interface TestRequest {
  channel: Channel;
  mobile: string;
  webhook: string;
  secret: string;
}

/** The cohort's channel figures and previews. */
export function loadChannels(cohortId: string): Promise<ChannelsView> {
  return trainerPb.send<ChannelsView>(cohortRoute(cohortId, "channels"), READ);
}

/** Sends the trainer a test message; only the fields the channel takes go to the server. */
export function sendTestMessage(cohortId: string, r: TestRequest, locale: string): Promise<TestAnswer> {
  const body: Record<string, string> = { channel: r.channel, locale };
  if (r.channel !== "email") body["mobile"] = r.mobile.trim();
  if (ROBOTS.includes(r.channel)) {
    body["webhook"] = r.webhook.trim();
    if (r.secret.trim()) body["secret"] = r.secret.trim();
  }
  return trainerPb.send<TestAnswer>(cohortRoute(cohortId, "channels/test"), {
    method: "POST",
    body,
    requestKey: null,
  });
}
