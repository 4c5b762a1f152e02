import { describe, expect, it } from "vitest";
import {
  TOKEN_EXPIRED,
  sendAnswer,
  sendRequest,
  tokenAnswer,
  tokenRequest,
  userIdAnswer,
  userIdRequest,
} from "../../../pocketbase/pb_hooks/lib/pure/wecom-app.js";

const BASE = "http://127.0.0.1:9004";
const APP = { corpId: "ww0123", secret: "s3cr+t/=", agentId: "1000002" };
const NOW = 5_000_000;

describe("the app's requests", () => {
  it("asks for a token and a userid with their values encoded", () => {
    expect(tokenRequest(BASE, APP)).toEqual({
      method: "GET",
      url: `${BASE}/cgi-bin/gettoken?corpid=ww0123&corpsecret=s3cr%2Bt%2F%3D`,
    });
    expect(userIdRequest(BASE, "T", "13800138000")).toEqual({
      method: "POST",
      url: `${BASE}/cgi-bin/user/getuserid?access_token=T`,
      body: { mobile: "13800138000" },
    });
  });

  it("sends a text card with the person's link, escaped and cut to WeCom's sizes, duplicates checked", () => {
    const req = sendRequest(BASE, "T", APP, "zhangsan", {
      title: "标".repeat(100),
      text: "<b>做到了吗？</b> & 下一步".repeat(40),
      link: "https://j.example/c/#t=1",
      linkLabel: "去打卡吧朋友",
    });
    expect(req.url).toBe(`${BASE}/cgi-bin/message/send?access_token=T`);
    const { textcard, ...rest } = req.body;
    expect(rest).toMatchObject({
      touser: "zhangsan",
      msgtype: "textcard",
      agentid: 1000002,
      enable_duplicate_check: 1,
    });
    expect(Buffer.byteLength(textcard.title)).toBeLessThanOrEqual(128);
    expect(Buffer.byteLength(textcard.description)).toBeLessThanOrEqual(512);
    expect(textcard.description).not.toContain("<b>");
    expect(textcard.description.startsWith("&lt;b&gt;做到了吗？&lt;/b&gt; &amp; 下一步")).toBe(true);
    expect(textcard.url).toBe("https://j.example/c/#t=1");
    expect(textcard.btntxt).toBe("去打卡吧");
  });
});

describe("the app's answers", () => {
  it("gives the token and its lifetime; a refused secret is a setting, never a token to renew", () => {
    expect(tokenAnswer(200, { errcode: 0, access_token: "tok", expires_in: 7200 }, NOW)).toEqual({
      token: "tok",
      expiresIn: 7200,
    });
    expect(tokenAnswer(200, { errcode: 40001 }, NOW)).toMatchObject({
      outcome: "config-error",
      reason: "wecom_app_secret_invalid",
    });
    expect(tokenAnswer(200, { errcode: 40013 }, NOW)).toMatchObject({ reason: "wecom_corp_id_invalid" });
    expect(tokenAnswer(200, { errcode: 60020 }, NOW)).toMatchObject({ reason: "wecom_ip_not_allowed" });
  });

  it("asks for a new token on 40014 and 42001", () => {
    expect(userIdAnswer(200, { errcode: 42001 }, NOW)).toBe(TOKEN_EXPIRED);
    expect(sendAnswer(200, { errcode: 40014 }, NOW)).toBe(TOKEN_EXPIRED);
  });

  it("finds a person or says plainly that there is none", () => {
    expect(userIdAnswer(200, { errcode: 0, userid: "zhangsan" }, NOW)).toEqual({ userId: "zhangsan" });
    expect(userIdAnswer(200, { errcode: 46004 }, NOW)).toMatchObject({
      outcome: "refused",
      reason: "wecom_user_not_found",
    });
    expect(userIdAnswer(200, { errcode: 0 }, NOW)).toMatchObject({ reason: "wecom_user_not_found" });
  });

  it("records invaliduser as refused, not sent, and rate limits as a retry", () => {
    expect(sendAnswer(200, { errcode: 0, msgid: "m1", invaliduser: "" }, NOW)).toEqual({
      outcome: "sent",
      providerId: "m1",
    });
    expect(sendAnswer(200, { errcode: 0, invaliduser: "zhangsan" }, NOW)).toMatchObject({
      outcome: "refused",
      reason: "wecom_user_not_reachable",
    });
    expect(sendAnswer(200, { errcode: 81013 }, NOW)).toMatchObject({ outcome: "refused" });
    expect(sendAnswer(200, { errcode: 45009 }, NOW)).toMatchObject({ retryAt: NOW + 60000, reason: "rate_limited" });
  });
});
