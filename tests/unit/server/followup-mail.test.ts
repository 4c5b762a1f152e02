import { describe, expect, it } from "vitest";
import { followUpMail } from "../../../pocketbase/pb_hooks/lib/pure/followup-mail.js";

describe("the follow-up email", () => {
  const base = {
    kind: "round" as const,
    appUrl: "https://jiannuo.example.com",
    token: "T".repeat(43),
    participantName: "<王>",
    trainerName: "周老师",
    cohortName: "服务班",
    commitments: [{ id: "k1", action: "每天回访 & 记录", trigger: "下班前" }],
  };

  it("is in Chinese with four answers per commitment, escaped HTML and one-click unsubscribe headers", () => {
    const mail = followUpMail({ ...base, locale: "zh-CN" });
    expect(mail.subject).toBe("周老师想问问：你的行动承诺进展如何？");
    // Tokens travel in the fragment (never sent to a server) on every link a person opens.
    for (const s of ["done", "in_progress", "planned", "need_help"])
      expect(mail.text).toContain(`/checkin/#t=${"T".repeat(43)}&c=k1&s=${s}`);
    expect(mail.text).toContain(`/unsubscribe/#t=${"T".repeat(43)}`);
    expect(`${mail.text}${mail.html}`).not.toContain("?t=");
    expect(mail.html).toContain("&lt;王&gt;");
    expect(mail.html).toContain("每天回访 &amp; 记录");
    expect(mail.html).not.toMatch(/<img|track|utm_/i);
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<https://jiannuo.example.com/api/jiannuo/unsubscribe?t=${"T".repeat(43)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "Auto-Submitted": "auto-generated",
    });
  });

  it("is in English for English speakers, and names the commitment in a due-date reminder", () => {
    const mail = followUpMail({
      ...base,
      locale: "en",
      kind: "due",
      commitments: [{ id: "k1", action: "Greet by name", trigger: "" }],
    });
    expect(mail.subject).toBe("Today is the day you set for: Greet by name");
    expect(mail.text).toContain("/en/checkin/#t=");
    expect(mail.text).toContain("Not started yet");
  });

  it("words a cadence's nudge gently and a done commitment's check as 'still doing it?'; a touch asks as a round", () => {
    const one = [{ id: "k1", action: "每天复盘一位客户", trigger: "" }];
    expect(followUpMail({ ...base, locale: "zh-CN", kind: "nudge", commitments: one }).subject).toBe(
      "轻轻提醒一下：每天复盘一位客户",
    );
    const still = followUpMail({ ...base, locale: "en", kind: "still", commitments: one });
    expect(still.text).toContain("You said you had done this. Are you still doing it?");
    expect(followUpMail({ ...base, locale: "zh-CN", kind: "touch", commitments: one }).subject).toBe(
      followUpMail({ ...base, locale: "zh-CN", kind: "round", commitments: one }).subject,
    );
  });
});
