import { expect, it } from "vitest";
import {
  TEXT_MAX_BYTES,
  robotMessages,
  robotResult,
  robotUrl,
} from "../../../pocketbase/pb_hooks/lib/pure/wecom-robot.js";

const NOW = 1_000_000;

it("posts to the configured base URL with the key encoded", () => {
  expect(robotUrl("http://127.0.0.1:9002", "693a91f6-7f9c")).toBe(
    "http://127.0.0.1:9002/cgi-bin/webhook/send?key=693a91f6-7f9c",
  );
});

it("sends the digest as text that mentions each person by mobile, within 2048 bytes", () => {
  const entries = Array.from({ length: 25 }, (_, i) => ({
    id: `f${i}`,
    mobile: `139001390${String(i).padStart(2, "0")}`,
    name: "",
    text: "今天的承诺做到了吗？".repeat(5),
    link: `https://j.example/c/#t=${i}`,
  }));
  const messages = robotMessages({ title: "打卡", intro: "", entries });
  expect(messages.length).toBeGreaterThan(1);
  for (const m of messages) {
    expect(m.body.msgtype).toBe("text");
    expect(Buffer.byteLength(m.body.text.content)).toBeLessThanOrEqual(TEXT_MAX_BYTES);
    expect(m.body.text.mentioned_mobile_list).toEqual(
      m.entries.map((id: string) => entries[Number(id.slice(1))]!.mobile),
    );
  }
  expect(messages.flatMap((m) => m.entries)).toEqual(entries.map((e) => e.id));
});

it("reads the robot's errcodes: 45009 waits a minute, 93000 is the key, 40058 the message", () => {
  expect(robotResult(200, { errcode: 0, errmsg: "ok" }, NOW)).toMatchObject({ outcome: "sent" });
  expect(robotResult(200, { errcode: 45009 }, NOW)).toEqual({
    outcome: "retry-after",
    retryAt: NOW + 60000,
    reason: "rate_limited",
    providerCode: "45009",
  });
  expect(robotResult(200, { errcode: 93000 }, NOW)).toMatchObject({
    outcome: "config-error",
    reason: "wecom_robot_key_invalid",
  });
  expect(robotResult(200, { errcode: 40058 }, NOW)).toMatchObject({ outcome: "refused", reason: "message_invalid" });
  expect(robotResult(200, { errcode: -1 }, NOW)).toMatchObject({ outcome: "retry-after", reason: "provider_busy" });
});
