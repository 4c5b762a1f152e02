import { describe, expect, it } from "vitest";
import {
  checkSendRequest,
  dingtalkRobotToken,
  normalizeMobile,
  wecomRobotKey,
} from "../../../pocketbase/pb_hooks/lib/pure/channel-request.js";

describe("targets", () => {
  it("reads a mainland mobile number written with a prefix, spaces or dashes", () => {
    for (const input of ["13800138000", "+86 138 0013 8000", "0086-138-0013-8000", "8613800138000"]) {
      expect(normalizeMobile(input), input).toBe("13800138000");
    }
    for (const bad of ["", "12800138000", "1380013800", "138001380001", "+1 415 555 0100", undefined, null]) {
      expect(normalizeMobile(bad), String(bad)).toBe("");
    }
  });

  it("keeps only the credential of a robot's webhook, from the address or bare", () => {
    const key = "693a91f6-7f9c-4bc4-97a0-0ec2sifa5aaa";
    expect(wecomRobotKey(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`)).toBe(key);
    expect(wecomRobotKey(`http://evil.example/x?key=${key}`)).toBe(key);
    expect(wecomRobotKey(key)).toBe(key);
    expect(wecomRobotKey("https://qyapi.weixin.qq.com/cgi-bin/webhook/send")).toBe("");
    expect(wecomRobotKey("key with spaces")).toBe("");
    const token = "0123456789abcdef0123456789abcdef";
    expect(dingtalkRobotToken(`https://oapi.dingtalk.com/robot/send?access_token=${token}`)).toBe(token);
    expect(dingtalkRobotToken("short")).toBe("");
  });
});

describe("a send request", () => {
  const digest = {
    title: "今日打卡",
    entries: [
      { id: "f1", mobile: "+86 13800138000", name: "小王", text: "做到了吗？", link: "https://j.example/c/#t=1" },
    ],
  };

  it("is accepted and normalised", () => {
    expect(checkSendRequest({ channel: "wecom_robot", target: { webhook: "abcdefgh-1234" }, digest })).toEqual({
      request: {
        channel: "wecom_robot",
        target: { key: "abcdefgh-1234" },
        digest: {
          title: "今日打卡",
          intro: "",
          entries: [
            { id: "f1", mobile: "13800138000", name: "小王", text: "做到了吗？", link: "https://j.example/c/#t=1" },
          ],
        },
      },
    });
    const sms = checkSendRequest({
      channel: "sms",
      target: { mobile: "13800138000" },
      message: { title: "t", text: "x", link: "https://j.example/c/#t=1", headers: { "X-Ok": "1", "Bad\nName": "x" } },
    });
    expect(sms.request?.message.headers).toEqual({ "X-Ok": "1" });
  });

  it("names the field at fault with an api-errors code", () => {
    expect(checkSendRequest({ channel: "fax" })).toEqual({ errors: { channel: "jiannuo_channel_unknown" } });
    expect(
      checkSendRequest({ channel: "sms", target: { mobile: "123" }, message: { title: "t", text: "x" } }).errors,
    ).toEqual({
      target: "jiannuo_mobile_invalid",
    });
    expect(
      checkSendRequest({ channel: "email", target: { address: "no" }, message: { title: "t", text: "x" } }).errors,
    ).toEqual({
      target: "jiannuo_email_invalid",
    });
    expect(
      checkSendRequest({ channel: "dingtalk_robot", target: { webhook: "0123456789abcdef", secret: "nope" }, digest })
        .errors,
    ).toEqual({ target: "jiannuo_webhook_invalid" });
  });

  it("caps sizes and refuses control characters, duplicate ids and links that are not http(s)", () => {
    const target = { webhook: "abcdefgh-1234" };
    const entry = digest.entries[0]!;
    const bad = [
      { ...digest, entries: Array.from({ length: 201 }, (_, i) => ({ ...entry, id: `f${i}` })) },
      { ...digest, entries: [entry, entry] },
      { ...digest, entries: [{ ...entry, text: "x".repeat(1001) }] },
      { ...digest, entries: [{ ...entry, text: "a\u202Eb" }] },
      { ...digest, entries: [{ ...entry, link: "javascript:alert(1)" }] },
      { ...digest, entries: [] },
    ];
    for (const d of bad)
      expect(checkSendRequest({ channel: "wecom_robot", target, digest: d }).errors).toEqual({
        digest: "jiannuo_value_invalid",
      });
    expect(
      checkSendRequest({
        channel: "wecom_app",
        target: { mobile: "13800138000" },
        message: { title: "t".repeat(65), text: "x" },
      }).errors,
    ).toEqual({ message: "jiannuo_value_invalid" });
  });
});
