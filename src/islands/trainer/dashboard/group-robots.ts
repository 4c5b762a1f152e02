// The cohort's group robots (POST/GET /api/jiannuo/cohorts/{id}/robots, pb_hooks/lib/cohort-robots.js):
// whether each is set and its last characters; setting or removing one. The server never sends a
// webhook back, so nothing here holds one after the request.
import { trainerPb } from "../../../lib/pocketbase";
import { cohortRoute, READ } from "../shared/cohort-api";

/** The two group robots, in the order the panel lists them. */
export const ROBOTS = ["wecom_robot", "dingtalk_robot"] as const;
export type Robot = (typeof ROBOTS)[number];

/** What the server shows of each robot. */
export type RobotsView = Record<Robot, { set: boolean; hint: string }>;

/** The cohort's robots as the server shows them. */
export function loadRobots(cohortId: string): Promise<RobotsView> {
  return trainerPb.send<RobotsView>(cohortRoute(cohortId, "robots"), READ);
}

/** Sets a robot (`webhook`, and DingTalk's signing `secret`), or removes it with an empty webhook. */
export function saveRobot(cohortId: string, channel: Robot, webhook: string, secret = ""): Promise<RobotsView> {
  return trainerPb.send<RobotsView>(cohortRoute(cohortId, "robots"), {
    method: "POST",
    body: { channel, webhook: webhook.trim(), secret: secret.trim() },
    requestKey: null,
  });
}
