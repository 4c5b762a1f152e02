/// <reference path="../../pb_data/types.d.ts" />
// The one-time sign-in code email, in the participant's language (PocketBase's own is English only).

onMailerRecordOTPSend((e) => {
  const { otpMail } = require(`${__hooks}/lib/otp-mail.js`);
  const mail = otpMail(e.record.getString("locale"), e.meta.password, e.record.getString("name"));
  e.message.subject = mail.subject;
  e.message.html = mail.html;
  e.message.text = mail.text;
  e.next();
}, "participants");
