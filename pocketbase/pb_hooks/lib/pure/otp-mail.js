// Text of the one-time sign-in code email, per locale. No links and no tracking: just the code.
const { escapeHtml } = require("./html.js");

const TEXT = {
  "zh-CN": {
    subject: "你的践诺登录验证码：{code}",
    lines: ["{name}，你好：", "你的登录验证码是：{code}", "请在 10 分钟内在平板或手机上输入。如果不是你本人在登录，忽略这封邮件即可。", "践诺 Jiannuo"],
  },
  en: {
    subject: "Your Jiannuo sign-in code: {code}",
    lines: ["Hello {name},", "Your sign-in code is: {code}", "Enter it within 10 minutes. If you did not ask for it, you can ignore this email.", "践诺 Jiannuo"],
  },
};

/**
 * Subject, HTML and plain text of the code email.
 * @param {string} locale @param {string} code @param {string} name
 */
function otpMail(locale, code, name) {
  const t = TEXT[locale] || TEXT["zh-CN"];
  const fill = (s, escape) => s.replace("{code}", code).replace("{name}", escape ? escapeHtml(name) : name);
  const text = t.lines.map((line) => fill(line, false)).join("\n\n");
  const html = t.lines
    .map((line, i) => (i === 1 ? `<p style="font-size:20px"><strong>${fill(line, true)}</strong></p>` : `<p>${fill(line, true)}</p>`))
    .join("\n");
  return { subject: fill(t.subject, false), html: `<!doctype html><html lang="${locale === "en" ? "en" : "zh-CN"}"><body>${html}</body></html>`, text };
}

module.exports = { otpMail };
