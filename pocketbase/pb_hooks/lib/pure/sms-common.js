// What the two SMS providers share: the meaning of their answer codes for a sender (Alibaba Cloud's
// SendSms `Code`, Tencent Cloud's `Error.Code` and per-number `SendStatusSet[].Code`, from their
// published error code lists; a code not listed is retried in an hour, nothing is given up on a guess),
// and the link as the template's variable. Pure.
const { configError, refused, retryAfter } = require("./channel-result.js");
const { nextChinaDay } = require("./dingtalk-notice.js");

const MINUTE = 60000;
const HOUR = 3600000;

/** What each code means: [kind, reason, delay], where delay is ms or "day" (the next day in China). */
const MEANINGS = {
  // Alibaba Cloud (dysmsapi SendSms)
  "isv.BUSINESS_LIMIT_CONTROL": ["retry", "rate_limited", MINUTE],
  "isv.DAY_LIMIT_CONTROL": ["retry", "rate_limited", "day"],
  "isv.MONTH_LIMIT_CONTROL": ["retry", "rate_limited", "day"],
  "isv.MOBILE_NUMBER_ILLEGAL": ["refused", "sms_number_invalid"],
  "isv.MOBILE_COUNT_OVER_LIMIT": ["refused", "sms_number_invalid"],
  "isv.SMS_SIGNATURE_ILLEGAL": ["config", "sms_sign_invalid"],
  "isv.SMS_SIGN_ILLEGAL": ["config", "sms_sign_invalid"],
  "isv.SIGN_STATE_ILLEGAL": ["config", "sms_sign_invalid"],
  "isv.SMS_SIGNATURE_SCENE_ILLEGAL": ["config", "sms_sign_invalid"],
  "isv.SMS_TEMPLATE_ILLEGAL": ["config", "sms_template_invalid"],
  "isv.TEMPLATE_MISSING_PARAMETERS": ["config", "sms_template_invalid"],
  "isv.TEMPLATE_PARAMS_ILLEGAL": ["config", "sms_template_invalid"],
  "isv.INVALID_JSON_PARAM": ["config", "sms_template_invalid"],
  "isv.PARAM_LENGTH_LIMIT": ["config", "sms_template_invalid"],
  "isv.SMS_CONTENT_ILLEGAL": ["config", "sms_template_invalid"],
  "isv.BLACK_KEY_CONTROL_LIMIT": ["config", "sms_template_invalid"],
  "isv.OUT_OF_SERVICE": ["config", "sms_account_suspended"],
  "isv.AMOUNT_NOT_ENOUGH": ["config", "sms_account_suspended"],
  "isv.ACCOUNT_ABNORMAL": ["config", "sms_account_suspended"],
  "isv.ACCOUNT_NOT_EXISTS": ["config", "sms_credentials_invalid"],
  "isv.PRODUCT_UN_SUBSCRIPT": ["config", "sms_credentials_invalid"],
  "isv.PRODUCT_UNSUBSCRIBE": ["config", "sms_credentials_invalid"],
  "isp.RAM_PERMISSION_DENY": ["config", "sms_credentials_invalid"],
  "InvalidAccessKeyId.NotFound": ["config", "sms_credentials_invalid"],
  "InvalidAccessKeyId.Inactive": ["config", "sms_credentials_invalid"],
  SignatureDoesNotMatch: ["config", "sms_credentials_invalid"],
  IncompleteSignature: ["config", "sms_credentials_invalid"],
  "Forbidden.RAM": ["config", "sms_credentials_invalid"],
  "InvalidTimeStamp.Expired": ["config", "server_clock"],
  SignatureNonceUsed: ["retry", "provider_busy", 1000],
  "isp.SYSTEM_ERROR": ["retry", "provider_busy", MINUTE],
  ServiceUnavailable: ["retry", "provider_busy", MINUTE],
  InternalError: ["retry", "provider_busy", MINUTE],
  Throttling: ["retry", "rate_limited", MINUTE],
  "Throttling.User": ["retry", "rate_limited", MINUTE],
  "Throttling.Api": ["retry", "rate_limited", MINUTE],
  // Tencent Cloud (sms SendSms 2021-01-11)
  "AuthFailure.SecretIdNotFound": ["config", "sms_credentials_invalid"],
  "AuthFailure.SignatureFailure": ["config", "sms_credentials_invalid"],
  "AuthFailure.InvalidSecretId": ["config", "sms_credentials_invalid"],
  "AuthFailure.InvalidAuthorization": ["config", "sms_credentials_invalid"],
  "AuthFailure.UnauthorizedOperation": ["config", "sms_credentials_invalid"],
  "AuthFailure.SignatureExpire": ["config", "server_clock"],
  "UnauthorizedOperation.SmsSdkAppIdVerifyFail": ["config", "sms_credentials_invalid"],
  "UnauthorizedOperation.RequestPermissionDeny": ["config", "sms_credentials_invalid"],
  "UnauthorizedOperation.ServiceSuspendDueToArrears": ["config", "sms_account_suspended"],
  "InvalidParameterValue.SdkAppIdNotExist": ["config", "sms_credentials_invalid"],
  "FailedOperation.SignatureIncorrectOrUnapproved": ["config", "sms_sign_invalid"],
  "FailedOperation.TemplateIncorrectOrUnapproved": ["config", "sms_template_invalid"],
  "FailedOperation.ContainSensitiveWord": ["config", "sms_template_invalid"],
  "InvalidParameterValue.ContentLengthLimit": ["config", "sms_template_invalid"],
  "InvalidParameterValue.TemplateParameterFormatError": ["config", "sms_template_invalid"],
  "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter": ["config", "sms_template_invalid"],
  "FailedOperation.InsufficientBalanceInSmsPackage": ["config", "sms_account_suspended"],
  "InvalidParameterValue.IncorrectPhoneNumber": ["refused", "sms_number_invalid"],
  // The number is on the do-not-disturb list: usually the person replied to unsubscribe.
  "FailedOperation.PhoneNumberInBlacklist": ["refused", "sms_recipient_unsubscribed"],
  "LimitExceeded.PhoneNumberThirtySecondLimit": ["retry", "rate_limited", 30000],
  "LimitExceeded.PhoneNumberOneHourLimit": ["retry", "rate_limited", HOUR],
  "LimitExceeded.DeliveryFrequencyLimit": ["retry", "rate_limited", HOUR],
  "LimitExceeded.PhoneNumberDailyLimit": ["retry", "rate_limited", "day"],
  "LimitExceeded.PhoneNumberSameContentDailyLimit": ["retry", "rate_limited", "day"],
  "LimitExceeded.DailyLimit": ["retry", "rate_limited", "day"],
  RequestLimitExceeded: ["retry", "rate_limited", MINUTE],
  "RequestLimitExceeded.GlobalRegionUinLimitExceeded": ["retry", "rate_limited", MINUTE],
  "RequestLimitExceeded.IPLimitExceeded": ["retry", "rate_limited", MINUTE],
  "InternalError.Timeout": ["retry", "provider_busy", MINUTE],
  "InternalError.OtherError": ["retry", "provider_busy", MINUTE],
};

/** The result for an SMS provider's answer `code` (other than success) at `now`. */
function smsCodeResult(code, now) {
  const meaning = MEANINGS[String(code)];
  if (!meaning) return retryAfter(now + HOUR, "provider_unknown_error", code);
  const [kind, reason, delay] = meaning;
  if (kind === "config") return configError(reason, code);
  if (kind === "refused") return refused(reason, code);
  return retryAfter(delay === "day" ? nextChinaDay(now) : now + delay, reason, code);
}

/**
 * The value of the template's link variable. Carriers' rules keep links out of template variables at
 * Tencent Cloud (and at Alibaba Cloud unless the template declares a link variable): the approved
 * template then holds the fixed start of the link (JIANNUO_SMS_LINK_PREFIX) and the variable only the
 * rest. Null when a prefix is set and the link does not start with it.
 */
function smsLinkParam(link, prefix) {
  if (!prefix) return link;
  return link.indexOf(prefix) === 0 && link.length > prefix.length ? link.slice(prefix.length) : null;
}

module.exports = { smsCodeResult, smsLinkParam };
