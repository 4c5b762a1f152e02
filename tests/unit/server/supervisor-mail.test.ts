// The supervisor's weekly digest (pocketbase/pb_hooks/lib/pure/supervisor-mail.js).
import { describe, expect, it } from "vitest";
import { supervisorMail, supervisorUrl } from "../../../pocketbase/pb_hooks/lib/pure/supervisor-mail.js";
import { en } from "../../../src/i18n/en";
import { zhCN } from "../../../src/i18n/zh-CN";

const base = {
  appUrl: "https://jiannuo.example",
  token: "T0k",
  name: "王<店长>",
  people: 3,
  commitments: 4,
  prompt: 2,
  days: 14,
};

describe("supervisorMail", () => {
  it("greets by name, counts the team, asks this week's huddle question and links the page in its language", () => {
    const zh = supervisorMail({ ...base, locale: "zh-CN" });
    expect(zh.subject).toBe("本周早会：3 位同事的行动承诺");
    expect(zh.text).toContain("王<店长>，你好");
    expect(zh.text).toContain(zhCN["huddle.prompt.2"]);
    expect(zh.text).toContain("https://jiannuo.example/supervisor/#t=T0k");
    expect(zh.text).toContain("14 天内有效");
    expect(zh.html).toContain("王&lt;店长&gt;");
    expect(zh.html).not.toContain("<店长>");
    const english = supervisorMail({ ...base, locale: "en" });
    expect(english.text).toContain(en["huddle.prompt.2"]);
    expect(english.text).toContain("https://jiannuo.example/en/supervisor/#t=T0k");
  });

  it("is also an app message within the channels' limits, with the link as its button and no name", () => {
    const { message } = supervisorMail({ ...base, locale: "zh-CN", people: 12345678901234 });
    expect(message.title.length).toBeLessThanOrEqual(64);
    expect(message.text.length).toBeLessThanOrEqual(1000);
    expect(message.text).toContain(zhCN["huddle.prompt.2"]);
    expect(message.text).not.toContain("王");
    expect(message.link).toBe("https://jiannuo.example/supervisor/#t=T0k");
    expect(message.linkLabel.length).toBeLessThanOrEqual(8);
    expect(supervisorMail({ ...base, locale: "en" }).message.linkLabel.length).toBeLessThanOrEqual(8);
  });

  it("carries the token only in the fragment", () => {
    expect(supervisorUrl("https://x", "zh-CN", "a/b")).toBe("https://x/supervisor/#t=a%2Fb");
  });
});
