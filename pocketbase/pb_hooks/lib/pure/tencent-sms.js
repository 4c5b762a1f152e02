// Tencent Cloud SMS (腾讯云短信, sms 2021-01-11 SendSms), signed by TC3-HMAC-SHA256:
//   CanonicalRequest = POST \n / \n (empty query) \n headers (name:value\n each) \n signed names \n hex(sha256(body))
//   StringToSign     = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date/sms/tc3_request + "\n" + hex(sha256(CanonicalRequest))
//   key              = HMAC(HMAC(HMAC("TC3" + SecretKey, date), "sms"), "tc3_request")   (raw bytes each time)
//   Authorization    = TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, SignedHeaders=<names>, Signature=<hex HMAC>
// with `date` the UTC day of the timestamp (seconds); Tencent Cloud refuses a timestamp five minutes
// off. Template variables may not hold links, so the template carries the link's fixed start and the
// variable the rest (pure/sms-common.js). Pure.
const { hex, hmacSha256, sha256 } = require("./digest.js");
const { retryAfter, sent } = require("./channel-result.js");
const { smsCodeResult } = require("./sms-common.js");

const SERVICE = "sms";
const ALGORITHM = "TC3-HMAC-SHA256";
const CONTENT_TYPE = "application/json; charset=utf-8";

/**
 * The signed request of one SMS to `mobile` (11 digits) with `linkParam` as the template's variable {1}.
 * @param {{ baseUrl: string, host: string, region: string, secretId: string, secretKey: string,
 *   sdkAppId: string, signName: string, templateId: string }} sms
 */
function sendSmsRequest(sms, mobile, linkParam, sessionContext, now) {
  const payload = {
    PhoneNumberSet: [`+86${mobile}`],
    SmsSdkAppId: sms.sdkAppId,
    SignName: sms.signName,
    TemplateId: sms.templateId,
    TemplateParamSet: [linkParam],
  };
  if (sessionContext) payload.SessionContext = sessionContext;
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(now / 1000);
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const signed = { "content-type": CONTENT_TYPE, host: sms.host, "x-tc-action": "sendsms" };
  const names = Object.keys(signed).sort();
  // Tencent Cloud lowercases both names and values of the signed headers.
  const canonicalHeaders = names.map((name) => `${name}:${String(signed[name]).toLowerCase()}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = ["POST", "/", "", canonicalHeaders, signedHeaders, hex(sha256(body))].join("\n");
  const scope = `${date}/${SERVICE}/tc3_request`;
  const stringToSign = `${ALGORITHM}\n${timestamp}\n${scope}\n${hex(sha256(canonicalRequest))}`;
  const key = hmacSha256(hmacSha256(hmacSha256(`TC3${sms.secretKey}`, date), SERVICE), "tc3_request");
  const signature = hex(hmacSha256(key, stringToSign));
  return {
    method: "POST",
    url: `${sms.baseUrl}/`,
    headers: {
      "Content-Type": CONTENT_TYPE,
      Host: sms.host,
      "X-TC-Action": "SendSms",
      "X-TC-Version": "2021-01-11",
      "X-TC-Timestamp": String(timestamp),
      "X-TC-Region": sms.region,
      Authorization: `${ALGORITHM} Credential=${sms.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    },
    body,
  };
}

/** SendSms's answer as a result: the request's error, else the one number's status. */
function sendSmsResult(status, json, now) {
  const response = json && json.Response;
  if (!response) {
    if (status >= 500 || status === 429) return retryAfter(now + 60000, "provider_busy", String(status));
    return retryAfter(now + 3600000, "provider_unknown_error", String(status));
  }
  if (response.Error) return smsCodeResult(response.Error.Code, now);
  const one = (response.SendStatusSet || [])[0];
  if (!one) return retryAfter(now + 3600000, "provider_unknown_error", "");
  if (one.Code === "Ok") return sent(one.SerialNo || "");
  return smsCodeResult(one.Code, now);
}

module.exports = { sendSmsRequest, sendSmsResult };
