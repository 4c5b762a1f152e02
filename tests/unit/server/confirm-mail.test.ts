// The confirmation email (pocketbase/pb_hooks/lib/pure/confirm-mail.js): the first email an address gets.
import { describe, expect, it } from "vitest";
import { confirmMail, confirmUrl } from "../../../pocketbase/pb_hooks/lib/pure/confirm-mail.js";

const base = {
  appUrl: "https://jiannuo.example",
  token: "abc123",
  cohortName: "城东支行<服务>班",
  organization: "示例银行 & Co",
  days: 30,
};

describe("confirmMail", () => {
  it("asks in the participant's language, with the cohort's and organisation's names and one link", () => {
    const zh = confirmMail({ ...base, locale: "zh-CN" });
    expect(zh.subject).toBe("请确认：用这个邮箱接收践诺课后提醒");
    expect(zh.text).toContain("「示例银行 & Co」的工作坊「城东支行<服务>班」");
    expect(zh.text).toContain("https://jiannuo.example/confirm/#t=abc123");
    expect(zh.text).toContain("30 天内有效");
    expect(zh.html).toContain("城东支行&lt;服务&gt;班");
    expect(zh.html).toContain('href="https://jiannuo.example/confirm/#t=abc123"');
    expect(zh.headers).toEqual({ "Auto-Submitted": "auto-generated" });
    const en = confirmMail({ ...base, locale: "en" });
    expect(en.subject).toBe("Please confirm: Jiannuo follow-up emails to this address");
    expect(en.text).toContain("https://jiannuo.example/en/confirm/#t=abc123");
  });

  it("carries the token in the fragment, which never reaches a server's log", () => {
    expect(confirmUrl("https://x.example", "zh-CN", "t0k")).toBe("https://x.example/confirm/#t=t0k");
    expect(new URL(confirmUrl("https://x.example", "en", "t0k")).search).toBe("");
  });

  it("has no place for anything a participant wrote: a name passed along is ignored", () => {
    const mail = confirmMail({ ...base, locale: "zh-CN", participantName: "点击 http://evil.example" } as never);
    expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain("evil.example");
  });
});
