import { describe, expect, it } from "vitest";
import {
  REASONS,
  configError,
  errcodeResult,
  maskSecrets,
  refused,
  retryAfter,
  safeProviderCode,
  sent,
} from "../../../pocketbase/pb_hooks/lib/pure/channel-result.js";
import { en } from "../../../src/i18n/en";
import { zhCN } from "../../../src/i18n/zh-CN";

describe("masking secrets in error text", () => {
  it("masks a WeCom webhook key, a DingTalk token and signature, and answer tokens in any URL", () => {
    const go = 'GoError: Post "http://127.0.0.1:8/cgi-bin/webhook/send?key=693a91f6-7f9c-4bc4-97a0-0ec2sifa5aaa": EOF';
    expect(maskSecrets(go)).toBe('GoError: Post "http://127.0.0.1:8/cgi-bin/webhook/send?***": EOF');
    const ding = "https://oapi.dingtalk.com/robot/send?access_token=abc123def456&timestamp=1&sign=Zm9v%2Bbar%3D failed";
    expect(maskSecrets(ding)).toBe("https://oapi.dingtalk.com/robot/send?*** failed");
    expect(maskSecrets("open https://jiannuo.test/checkin/#t=SECRETTOKEN now")).toBe(
      "open https://jiannuo.test/checkin/?*** now",
    );
  });

  it("masks key=, access_token=, corpsecret= ... outside a full URL too", () => {
    expect(maskSecrets("request /cgi-bin/gettoken?corpid=ww1&corpsecret=s3cr3t refused")).toBe(
      "request /cgi-bin/gettoken?corpid=***&corpsecret=*** refused",
    );
    expect(maskSecrets("retry with access_token=tok123&x=1")).toBe("retry with access_token=***&x=1");
  });

  it("masks an Authorization header's credential and signature", () => {
    const auth = "Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tKey,SignedHeaders=host;x-acs-date,Signature=ab12cd";
    expect(maskSecrets(auth)).toBe(
      "Authorization: ACS3-HMAC-SHA256 Credential=***,SignedHeaders=host;x-acs-date,Signature=***",
    );
  });

  it("masks every secret given, wherever it appears, and mobile numbers", () => {
    expect(maskSecrets("the secret SEC0123456789 was echoed: SEC0123456789", ["SEC0123456789"])).toBe(
      "the secret *** was echoed: ***",
    );
    expect(maskSecrets("no user 13800138000 or +8613900139001 here", [])).toBe("no user (mobile) or (mobile) here");
    expect(maskSecrets("a count of 123456789012 stays")).toBe("a count of 123456789012 stays");
  });

  it("leaves short or empty secrets alone rather than masking every letter", () => {
    expect(maskSecrets("abc", ["", "a"])).toBe("abc");
    expect(maskSecrets(undefined)).toBe("");
  });
});

describe("the uniform result", () => {
  it("has the four outcomes, and shows provider codes only when they look like codes", () => {
    expect(sent("m1")).toEqual({ outcome: "sent", providerId: "m1" });
    expect(retryAfter(5, "rate_limited", 45009)).toEqual({
      outcome: "retry-after",
      retryAt: 5,
      reason: "rate_limited",
      providerCode: "45009",
    });
    expect(refused("sms_number_invalid", "isv.MOBILE_NUMBER_ILLEGAL").providerCode).toBe("isv.MOBILE_NUMBER_ILLEGAL");
    expect(
      configError("wecom_app_secret_invalid", "invalid credential, hint: [x], from ip: 1.2.3.4").providerCode,
    ).toBe("");
    expect(safeProviderCode("from ip: 1.2.3.4")).toBe("");
    expect(refused("not a reason", 1).reason).toBe("provider_unknown_error");
  });

  it("reads errcode answers: 5xx and busy retried soon, unknown codes retried in an hour", () => {
    const none = () => null;
    expect(errcodeResult(200, { errcode: 0 }, 0, none).outcome).toBe("sent");
    expect(errcodeResult(503, null, 0, none)).toMatchObject({
      outcome: "retry-after",
      retryAt: 60000,
      reason: "provider_busy",
    });
    expect(errcodeResult(200, { errcode: -1 }, 0, none)).toMatchObject({ retryAt: 30000, reason: "provider_busy" });
    expect(errcodeResult(200, { errcode: 12345 }, 0, none)).toMatchObject({
      retryAt: 3600000,
      reason: "provider_unknown_error",
      providerCode: "12345",
    });
    expect(errcodeResult(200, "<html>", 0, none)).toMatchObject({
      reason: "provider_unknown_error",
      providerCode: "200",
    });
    expect(errcodeResult(200, { errcode: 7 }, 0, (code) => refused("message_invalid", code)).outcome).toBe("refused");
  });

  it("has a plain-words text for every reason, in Chinese and English", () => {
    for (const reason of REASONS) {
      expect(zhCN, reason).toHaveProperty([`channels.reason.${reason}`]);
      expect(en, reason).toHaveProperty([`channels.reason.${reason}`]);
    }
  });
});
