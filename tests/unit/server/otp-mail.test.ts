import { expect, it } from "vitest";
import { otpMail } from "../../../pocketbase/pb_hooks/lib/pure/otp-mail.js";

it("writes the code email in the address's language, with fixed words and the code only", () => {
  const zh = otpMail("zh-CN", "123456");
  expect(zh.subject).toBe("你的践诺登录验证码：123456");
  expect(zh.text.split("\n\n")).toEqual([
    "你好：",
    "你的登录验证码是：123456",
    expect.stringContaining("10 分钟"),
    "践诺 Jiannuo",
  ]);
  expect(zh.html).toContain("<strong>你的登录验证码是：123456</strong>");
  expect(otpMail("en", "654321").subject).toBe("Your Jiannuo sign-in code: 654321");
  expect(otpMail("en", "654321").text.startsWith("Hello,")).toBe(true);
  expect(otpMail("fr", "1").subject).toContain("验证码");
});

it("takes nothing a participant could have written (the code is the only value)", () => {
  expect(otpMail.length).toBe(2);
});
