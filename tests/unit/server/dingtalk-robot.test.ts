import { expect, it } from "vitest";
import {
  BLOCKED_MS,
  TEXT_MAX_BYTES,
  robotMessages,
  robotResult,
  robotSign,
  robotUrl,
} from "../../../pocketbase/pb_hooks/lib/pure/dingtalk-robot.js";
import { dingtalkRobotSign, rfc3986 } from "../../support/fakes/signatures";

const SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd";
const NOW = 1_764_554_400_000;

it("signs as DingTalk documents: URL-encoded base64 of HMAC-SHA256(secret, timestamp\\nsecret)", () => {
  for (const ts of [NOW, NOW + 1, NOW + 12345])
    expect(robotSign(SECRET, ts)).toBe(rfc3986(dingtalkRobotSign(SECRET, ts)));
});

it("signs the URL only when the robot has a secret", () => {
  expect(robotUrl("http://127.0.0.1:9003", "tok0123456789abcdef", "", NOW)).toBe(
    "http://127.0.0.1:9003/robot/send?access_token=tok0123456789abcdef",
  );
  const signed = new URL(robotUrl("http://127.0.0.1:9003", "tok0123456789abcdef", SECRET, NOW));
  expect(signed.searchParams.get("timestamp")).toBe(String(NOW));
  expect(signed.searchParams.get("sign")).toBe(dingtalkRobotSign(SECRET, NOW));
});

it("mentions each person both in at.atMobiles and as @mobile in the text", () => {
  const entries = [
    { id: "a", mobile: "13800138000", name: "小王", text: "做到了吗？", link: "https://j.example/c/#t=1" },
    { id: "b", mobile: "13900139000", name: "", text: "还在坚持吗？", link: "https://j.example/c/#t=2" },
  ];
  const [only, ...rest] = robotMessages({ title: "打卡", intro: "", entries });
  expect(rest).toEqual([]);
  expect(only!.entries).toEqual(["a", "b"]);
  expect(only!.body.at).toEqual({ atMobiles: ["13800138000", "13900139000"], isAtAll: false });
  expect(only!.body.text.content).toContain("@13800138000 小王：做到了吗？\nhttps://j.example/c/#t=1");
  expect(only!.body.text.content).toContain("@13900139000：还在坚持吗？");
  expect(Buffer.byteLength(only!.body.text.content)).toBeLessThanOrEqual(TEXT_MAX_BYTES);
});

it("reads the robot's errcodes: too fast waits out the block, token and security are settings", () => {
  expect(robotResult(200, { errcode: 0 }, NOW).outcome).toBe("sent");
  expect(robotResult(200, { errcode: 130101 }, NOW)).toMatchObject({
    retryAt: NOW + BLOCKED_MS,
    reason: "rate_limited",
  });
  expect(robotResult(200, { errcode: 300001 }, NOW)).toMatchObject({ reason: "dingtalk_robot_token_invalid" });
  expect(robotResult(200, { errcode: 310000 }, NOW)).toMatchObject({
    outcome: "config-error",
    reason: "dingtalk_robot_security",
  });
  expect(robotResult(200, { errcode: 460101 }, NOW)).toMatchObject({ outcome: "refused" });
});
