import { describe, expect, it } from "vitest";
import { digestEntryText, digestHeading, reachMessage } from "../../../pocketbase/pb_hooks/lib/pure/reach-message.js";

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

describe("a follow-up as a channel message", () => {
  const base = {
    channel: "wecom_app",
    appUrl: "https://jiannuo.example.com",
    token: "T".repeat(43),
    participantName: "王芳",
    trainerName: "周老师",
    cohortName: "服务班",
    commitments: [
      { id: "k1", action: "每天回访一位客户" },
      { id: "k2", action: "每周和同事复盘一次" },
    ],
  };

  it("is in Chinese with the person's own link to the first commitment and a one-tap stop for this channel", () => {
    const m = reachMessage({ ...base, locale: "zh-CN" });
    expect(m.title).toBe("践诺：你的承诺进展如何？");
    expect(m.text).toContain("王芳，周老师 想知道");
    expect(m.text).toContain("• 每天回访一位客户");
    expect(m.text).toContain("• 每周和同事复盘一次");
    expect(m.link).toBe(`https://jiannuo.example.com/checkin/#t=${"T".repeat(43)}&c=k1&ch=wecom_app`);
    expect(m.withdraw).toBe(`https://jiannuo.example.com/unsubscribe/#t=${"T".repeat(43)}&ch=wecom_app`);
    expect(m.text).toContain(`不想再通过企业微信收到？一下即可退订：${m.withdraw}`);
    expect(m.linkLabel).toBe("打卡");
  });

  it("has words of its own for a nudge and a 'still doing it?' check, in both languages", () => {
    expect(reachMessage({ ...base, locale: "zh-CN", kind: "nudge" }).text).toContain(
      "王芳，上次没收到你的回复，没关系。",
    );
    expect(reachMessage({ ...base, locale: "zh-CN", kind: "still" }).text).toContain("现在还在坚持吗");
    expect(reachMessage({ ...base, locale: "zh-CN", kind: "touch" }).text).toContain("王芳，周老师 想知道");
    expect(reachMessage({ ...base, locale: "en", kind: "nudge" }).text).toContain("we did not hear back last time");
    expect(reachMessage({ ...base, locale: "en", kind: "still" }).text).toContain("Are you still doing it");
    // Within the smallest card, the withdrawal link whole.
    for (const kind of ["nudge", "still"])
      for (const locale of ["zh-CN", "en"]) {
        const m = reachMessage({ ...base, locale, kind });
        expect(utf8(m.text)).toBeLessThanOrEqual(480);
        expect(m.text).toContain(m.withdraw);
      }
  });

  it("is in English for an English participant, on the English pages", () => {
    const m = reachMessage({ ...base, locale: "en", channel: "sms" });
    expect(m.link).toContain("/en/checkin/#t=");
    expect(m.withdraw).toContain("/en/unsubscribe/#t=");
    expect(m.text).toContain("Rather not get these through text message?");
    // WeCom's text card shows at most four characters on its button, in either language.
    for (const locale of ["zh-CN", "en"])
      expect(Array.from(reachMessage({ ...base, locale }).linkLabel).length).toBeLessThanOrEqual(4);
  });

  it("stays within WeCom's 512-byte card with the stop link whole, shortening long commitments", () => {
    const long = Array.from({ length: 12 }, (_, i) => ({ id: `k${i}`, action: "很长的承诺".repeat(40) }));
    const m = reachMessage({ ...base, locale: "zh-CN", commitments: long });
    expect(utf8(m.text)).toBeLessThanOrEqual(480);
    expect(m.text).toContain(m.withdraw);
  });
});

describe("a group digest", () => {
  it("has the cohort in its title; an entry counts the commitments (never their words) and ends with the stop link", () => {
    expect(digestHeading("zh-CN", "服务班").title).toBe("今日打卡 · 服务班");
    const text = digestEntryText({
      locale: "zh-CN",
      channel: "wecom_robot",
      appUrl: "https://j.example",
      token: "abc",
      participantName: "王芳",
      trainerName: "周老师",
      cohortName: "服务班",
      commitments: [{ id: "k1", action: "每天回访一位客户" }],
    });
    expect(text).toBe(
      "有 1 个承诺等你打卡。\n不想再通过企业微信群收到？一下即可退订：https://j.example/unsubscribe/#t=abc&ch=wecom_robot",
    );
  });
});
