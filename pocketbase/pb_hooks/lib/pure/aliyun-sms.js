// Alibaba Cloud SMS (阿里云短信, dysmsapi 2017-05-25 SendSms), signed by Alibaba Cloud's V3 method
// (ACS3-HMAC-SHA256), which its documentation recommends over the older RPC signature (HMAC-SHA1):
//   CanonicalRequest = POST \n / \n sorted query \n headers (name:value\n each) \n signed names \n hex(sha256(body))
//   StringToSign     = "ACS3-HMAC-SHA256\n" + hex(sha256(CanonicalRequest))
//   Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKey ID>,SignedHeaders=<names>,Signature=<hex HMAC>
// The parameters travel in the query (an RPC API's canonical URI is "/"), the body is empty, and the
// template's variable `link` carries the person's link (pure/sms-common.js). Pure.
const { hex, hmacSha256, sha256 } = require("./digest.js");
const { canonicalQuery } = require("./percent-encode.js");
const { retryAfter, sent } = require("./channel-result.js");
const { smsCodeResult } = require("./sms-common.js");

const ACTION = "SendSms";
const VERSION = "2017-05-25";
const ALGORITHM = "ACS3-HMAC-SHA256";

/** `ms` as x-acs-date wants it: ISO 8601 in UTC, to the second. */
function acsDate(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The signed request of one SMS to `mobile` (11 digits) whose template variable is `linkParam`.
 * @param {{ baseUrl: string, host: string, accessKeyId: string, accessKeySecret: string, signName: string,
 *   templateCode: string }} sms
 * @param {string} nonce a value never used before (x-acs-signature-nonce)
 */
function sendSmsRequest(sms, mobile, linkParam, outId, now, nonce) {
  const params = {
    PhoneNumbers: mobile,
    SignName: sms.signName,
    TemplateCode: sms.templateCode,
    TemplateParam: JSON.stringify({ link: linkParam }),
    OutId: outId || undefined,
  };
  const query = canonicalQuery(params);
  const headers = {
    host: sms.host,
    "x-acs-action": ACTION,
    "x-acs-content-sha256": hex(sha256("")),
    "x-acs-date": acsDate(now),
    "x-acs-signature-nonce": nonce,
    "x-acs-version": VERSION,
  };
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((name) => `${name}:${String(headers[name]).trim()}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = ["POST", "/", query, canonicalHeaders, signedHeaders, headers["x-acs-content-sha256"]].join(
    "\n",
  );
  const stringToSign = `${ALGORITHM}\n${hex(sha256(canonicalRequest))}`;
  const signature = hex(hmacSha256(sms.accessKeySecret, stringToSign));
  const sendHeaders = Object.assign({}, headers, {
    Authorization: `${ALGORITHM} Credential=${sms.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
  });
  return { method: "POST", url: `${sms.baseUrl}/?${query}`, headers: sendHeaders, body: "" };
}

/** SendSms's answer (HTTP status, parsed JSON) as a result. */
function sendSmsResult(status, json, now) {
  const code = json && typeof json.Code === "string" ? json.Code : "";
  if (code === "OK") return sent(json.BizId || "");
  if (code) return smsCodeResult(code, now);
  if (status >= 500 || status === 429) return retryAfter(now + 60000, "provider_busy", String(status));
  return retryAfter(now + 3600000, "provider_unknown_error", String(status));
}

module.exports = { acsDate, sendSmsRequest, sendSmsResult };
