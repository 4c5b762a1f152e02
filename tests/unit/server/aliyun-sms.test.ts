import { expect, it } from "vitest";
import { acsDate, sendSmsRequest, sendSmsResult } from "../../../pocketbase/pb_hooks/lib/pure/aliyun-sms.js";
import { aliyunV3Signature, sha256Hex } from "../../support/fakes/signatures";

const SMS = {
  baseUrl: "http://127.0.0.1:9000",
  host: "127.0.0.1:9000",
  accessKeyId: "LTAI5tTestKeyId",
  accessKeySecret: "testSecret0123456789",
  signName: "践诺",
  templateCode: "SMS_123456",
};
const NOW = Date.UTC(2026, 11, 1, 2, 3, 4, 567);

it("writes x-acs-date in UTC to the second", () => {
  expect(acsDate(NOW)).toBe("2026-12-01T02:03:04Z");
});

it("signs SendSms as Alibaba Cloud's V3 method does (checked with Node's crypto)", () => {
  const req = sendSmsRequest(SMS, "13800138000", "https://j.example/c/#t=abc", "f1", NOW, "nonce-1");
  const url = new URL(req.url);
  expect(url.origin + url.pathname).toBe("http://127.0.0.1:9000/");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    OutId: "f1",
    PhoneNumbers: "13800138000",
    SignName: "践诺",
    TemplateCode: "SMS_123456",
    TemplateParam: JSON.stringify({ link: "https://j.example/c/#t=abc" }),
  });
  expect(req.body).toBe("");
  expect(req.headers["x-acs-content-sha256"]).toBe(sha256Hex(""));
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    req.headers.Authorization,
  );
  expect(auth?.[1]).toBe(SMS.accessKeyId);
  const names = auth![2]!.split(";");
  expect(names).toEqual([
    "host",
    "x-acs-action",
    "x-acs-content-sha256",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-version",
  ]);
  const headers = Object.fromEntries(names.map((n) => [n, String((req.headers as Record<string, string>)[n])]));
  expect(auth![3]).toBe(aliyunV3Signature(SMS.accessKeySecret, "POST", [...url.searchParams], headers, names, ""));
});

it("leaves OutId out when there is none", () => {
  expect(sendSmsRequest(SMS, "13800138000", "x", "", NOW, "n").url).not.toContain("OutId");
});

it("reads SendSms's answers", () => {
  expect(sendSmsResult(200, { Code: "OK", BizId: "900619746936498440^0" }, NOW)).toEqual({
    outcome: "sent",
    providerId: "900619746936498440^0",
  });
  expect(sendSmsResult(200, { Code: "isv.BUSINESS_LIMIT_CONTROL" }, NOW)).toMatchObject({ reason: "rate_limited" });
  expect(sendSmsResult(503, null, NOW)).toMatchObject({ outcome: "retry-after", reason: "provider_busy" });
  expect(sendSmsResult(400, null, NOW)).toMatchObject({ outcome: "retry-after", reason: "provider_unknown_error" });
});
