import { describe, expect, it } from "vitest";
import {
  LIMITS,
  TOKEN_EXPIRED,
  nextChinaDay,
  resultAnswer,
  resultRequest,
  sendAnswer,
  sendRequest,
  tokenAnswer,
  tokenRequest,
  userIdAnswer,
} from "../../../pocketbase/pb_hooks/lib/pure/dingtalk-notice.js";

const BASE = "http://127.0.0.1:9005";
const APP = { appKey: "dingkey", appSecret: "a&b", agentId: "2000003" };
const NOW = Date.UTC(2026, 11, 1, 10, 0, 0);

describe("the work notification's requests", () => {
  it("asks for a token, sends an action card, and asks for the task's result", () => {
    expect(tokenRequest(BASE, APP).url).toBe(`${BASE}/gettoken?appkey=dingkey&appsecret=a%26b`);
    const send = sendRequest(BASE, "T", APP, "u1", {
      title: "题".repeat(80),
      text: "做到了吗？",
      link: "https://j.example/c/#t=1",
      linkLabel: "",
    });
    expect(send.url).toBe(`${BASE}/topapi/message/corpconversation/asyncsend_v2?access_token=T`);
    expect(send.body.agent_id).toBe(2000003);
    expect(send.body.userid_list).toBe("u1");
    const card = send.body.msg.action_card;
    expect(send.body.msg.msgtype).toBe("action_card");
    expect(Array.from(card.title)).toHaveLength(LIMITS.title);
    expect(card.title.endsWith("…")).toBe(true);
    expect(card.single_url).toBe("https://j.example/c/#t=1");
    expect(card.single_title).toBe("打开");
    expect(resultRequest(BASE, "T", APP, "777").body).toEqual({ agent_id: 2000003, task_id: 777 });
  });
});

describe("the work notification's answers", () => {
  it("a refused key at gettoken is the app's setting; 40014 later asks for a new token", () => {
    expect(tokenAnswer(200, { errcode: 0, access_token: "t", expires_in: 7200 }, NOW)).toEqual({
      token: "t",
      expiresIn: 7200,
    });
    expect(tokenAnswer(200, { errcode: 40089 }, NOW)).toMatchObject({ reason: "dingtalk_app_key_invalid" });
    expect(tokenAnswer(200, { errcode: 40014 }, NOW)).toMatchObject({ reason: "dingtalk_app_key_invalid" });
    expect(sendAnswer(200, { errcode: 40014 }, NOW)).toBe(TOKEN_EXPIRED);
  });

  it("reads errcode 88 by its sub_code", () => {
    expect(sendAnswer(200, { errcode: 88, sub_code: "60011" }, NOW)).toMatchObject({
      reason: "dingtalk_no_permission",
    });
    expect(sendAnswer(200, { errcode: 88, sub_code: "90018" }, NOW)).toMatchObject({ reason: "rate_limited" });
  });

  it("finds a person by mobile", () => {
    expect(userIdAnswer(200, { errcode: 0, result: { userid: "u1" } }, NOW)).toEqual({ userId: "u1" });
    expect(userIdAnswer(200, { errcode: 60121 }, NOW)).toMatchObject({ reason: "dingtalk_user_not_found" });
  });

  it("a send is only a task: sent with its id, delivery checked a minute later", () => {
    expect(sendAnswer(200, { errcode: 0, task_id: 256 }, NOW)).toEqual({
      outcome: "sent",
      providerId: "256",
      checkAt: NOW + 60000,
    });
  });

  it("getsendresult: delivered, unreachable, held back until tomorrow, or not yet", () => {
    const answer = (send_result: object) => resultAnswer(200, { errcode: 0, send_result }, NOW, "u1");
    expect(answer({ read_user_id_list: [], unread_user_id_list: ["u1"] }).outcome).toBe("sent");
    expect(answer({ invalid_user_id_list: "u1" })).toMatchObject({ outcome: "refused" });
    expect(answer({ forbidden_list: [{ userid: "u1", code: "143105" }] })).toMatchObject({
      outcome: "retry-after",
      retryAt: nextChinaDay(NOW),
      reason: "dingtalk_daily_limit",
    });
    expect(answer({})).toMatchObject({ retryAt: NOW + 60000, reason: "delivery_pending" });
  });

  it("the next day in China starts at 16:00 UTC", () => {
    expect(new Date(nextChinaDay(NOW)).toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(new Date(nextChinaDay(Date.UTC(2026, 11, 1, 16, 0, 0))).toISOString()).toBe("2026-12-02T16:00:00.000Z");
  });
});
