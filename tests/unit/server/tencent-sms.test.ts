import { expect, it } from "vitest";
import { sendSmsRequest, sendSmsResult } from "../../../pocketbase/pb_hooks/lib/pure/tencent-sms.js";
import { tc3Signature } from "../../support/fakes/signatures";

const SMS = {
  baseUrl: "http://127.0.0.1:9001",
  host: "127.0.0.1:9001",
  region: "ap-guangzhou",
  secretId: "AKIDtestSecretId",
  secretKey: "testSecretKey0123",
  sdkAppId: "1400000000",
  signName: "践诺",
  templateId: "449739",
};
const NOW = Date.UTC(2026, 11, 1, 23, 59, 59, 900);

it("signs SendSms with TC3-HMAC-SHA256 as Tencent Cloud does (checked with Node's crypto)", () => {
  const req = sendSmsRequest(SMS, "13800138000", "#t=abc", "f1", NOW);
  expect(req.url).toBe("http://127.0.0.1:9001/");
  expect(JSON.parse(req.body)).toEqual({
    PhoneNumberSet: ["+8613800138000"],
    SmsSdkAppId: "1400000000",
    SignName: "践诺",
    TemplateId: "449739",
    TemplateParamSet: ["#t=abc"],
    SessionContext: "f1",
  });
  const timestamp = Math.floor(NOW / 1000);
  expect(req.headers["X-TC-Timestamp"]).toBe(String(timestamp));
  const auth =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/sms\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      req.headers.Authorization,
    );
  expect(auth?.[1]).toBe(SMS.secretId);
  expect(auth?.[2]).toBe("2026-12-01");
  const names = auth![3]!.split(";");
  expect(names).toEqual(["content-type", "host", "x-tc-action"]);
  const headers = { "content-type": req.headers["Content-Type"], host: req.headers.Host, "x-tc-action": "SendSms" };
  expect(auth![4]).toBe(tc3Signature(SMS.secretKey, "sms", timestamp, headers, names, req.body));
});

it("reads the request's error first, then the one number's status", () => {
  const ok = { Response: { SendStatusSet: [{ Code: "Ok", SerialNo: "2019:538884" }], RequestId: "r" } };
  expect(sendSmsResult(200, ok, NOW)).toEqual({ outcome: "sent", providerId: "2019:538884" });
  const blacklisted = { Response: { SendStatusSet: [{ Code: "FailedOperation.PhoneNumberInBlacklist" }] } };
  expect(sendSmsResult(200, blacklisted, NOW)).toMatchObject({
    outcome: "refused",
    reason: "sms_recipient_unsubscribed",
  });
  const auth = { Response: { Error: { Code: "AuthFailure.SignatureFailure", Message: "x" } } };
  expect(sendSmsResult(200, auth, NOW)).toMatchObject({ outcome: "config-error", reason: "sms_credentials_invalid" });
  expect(sendSmsResult(200, { Response: { SendStatusSet: [] } }, NOW)).toMatchObject({
    reason: "provider_unknown_error",
  });
  expect(sendSmsResult(502, null, NOW)).toMatchObject({ reason: "provider_busy" });
});
