import { describe, expect, it } from "vitest";
import { smsCodeResult, smsLinkParam } from "../../../pocketbase/pb_hooks/lib/pure/sms-common.js";
import { nextChinaDay } from "../../../pocketbase/pb_hooks/lib/pure/dingtalk-notice.js";

const NOW = Date.UTC(2026, 11, 1, 2, 0, 0);

describe("what an SMS provider's code means", () => {
  it("retries throttling after its window, and daily limits on the next day in China", () => {
    expect(smsCodeResult("isv.BUSINESS_LIMIT_CONTROL", NOW)).toEqual({
      outcome: "retry-after",
      retryAt: NOW + 60000,
      reason: "rate_limited",
      providerCode: "isv.BUSINESS_LIMIT_CONTROL",
    });
    expect(smsCodeResult("LimitExceeded.PhoneNumberThirtySecondLimit", NOW)).toMatchObject({ retryAt: NOW + 30000 });
    expect(smsCodeResult("LimitExceeded.PhoneNumberDailyLimit", NOW)).toMatchObject({ retryAt: nextChinaDay(NOW) });
    expect(smsCodeResult("isv.DAY_LIMIT_CONTROL", NOW)).toMatchObject({ retryAt: nextChinaDay(NOW) });
  });

  it("refuses a bad number and a number that replied to unsubscribe, for good", () => {
    expect(smsCodeResult("isv.MOBILE_NUMBER_ILLEGAL", NOW)).toMatchObject({
      outcome: "refused",
      reason: "sms_number_invalid",
    });
    expect(smsCodeResult("FailedOperation.PhoneNumberInBlacklist", NOW)).toMatchObject({
      outcome: "refused",
      reason: "sms_recipient_unsubscribed",
    });
  });

  it("names the setting at fault: credentials, sign name, template, account, clock", () => {
    expect(smsCodeResult("SignatureDoesNotMatch", NOW)).toMatchObject({
      outcome: "config-error",
      reason: "sms_credentials_invalid",
    });
    expect(smsCodeResult("AuthFailure.SecretIdNotFound", NOW).reason).toBe("sms_credentials_invalid");
    expect(smsCodeResult("isv.SMS_SIGNATURE_ILLEGAL", NOW).reason).toBe("sms_sign_invalid");
    expect(smsCodeResult("FailedOperation.TemplateIncorrectOrUnapproved", NOW).reason).toBe("sms_template_invalid");
    expect(smsCodeResult("isv.AMOUNT_NOT_ENOUGH", NOW).reason).toBe("sms_account_suspended");
    expect(smsCodeResult("AuthFailure.SignatureExpire", NOW).reason).toBe("server_clock");
  });

  it("retries an unknown code in an hour rather than giving up on a guess", () => {
    expect(smsCodeResult("isv.SOMETHING_NEW", NOW)).toMatchObject({
      outcome: "retry-after",
      retryAt: NOW + 3600000,
      reason: "provider_unknown_error",
    });
  });
});

describe("the link as a template variable", () => {
  it("is the whole link without a prefix, the rest after the approved prefix, null when it does not match", () => {
    expect(smsLinkParam("https://j.example/c/#t=abc", "")).toBe("https://j.example/c/#t=abc");
    expect(smsLinkParam("https://j.example/c/#t=abc", "https://j.example/c/")).toBe("#t=abc");
    expect(smsLinkParam("https://other.example/c/#t=abc", "https://j.example/c/")).toBeNull();
    expect(smsLinkParam("https://j.example/c/", "https://j.example/c/")).toBeNull();
  });
});
