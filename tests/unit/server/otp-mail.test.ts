import { expect, it } from "vitest";
import { otpMail } from "../../../pocketbase/pb_hooks/lib/pure/otp-mail.js";

it("writes the code email in the participant's language and escapes their name in HTML", () => {
  const zh = otpMail("zh-CN", "123456", "<b>王</b>");
  expect(zh.subject).toBe("你的践诺登录验证码：123456");
  expect(zh.text).toContain("<b>王</b>，你好");
  expect(zh.html).toContain("&lt;b&gt;王&lt;/b&gt;");
  expect(otpMail("en", "654321", "Li").subject).toBe("Your Jiannuo sign-in code: 654321");
  expect(otpMail("fr", "1", "x").subject).toContain("验证码");
});
