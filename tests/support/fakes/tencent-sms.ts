// A local Tencent Cloud SMS (sms SendSms 2021-01-11) for tests, written from its public documentation.
// It verifies the TC3-HMAC-SHA256 signature from what arrives (the signed headers' received values,
// lowercased; the body's SHA-256; the credential scope's date) and answers with Tencent Cloud's codes:
// AuthFailure.SecretIdNotFound, AuthFailure.SignatureFailure, AuthFailure.SignatureExpire (a timestamp
// five minutes off), InvalidParameterValue.SdkAppIdNotExist, FailedOperation.SignatureIncorrectOrUnapproved,
// FailedOperation.TemplateIncorrectOrUnapproved, InvalidParameterValue.TemplateParameterFormatError (a
// wrong number of variables), a link in a variable refused (variables may not hold links), and per
// number: InvalidParameterValue.IncorrectPhoneNumber, FailedOperation.PhoneNumberInBlacklist (the
// number replied to unsubscribe), LimitExceeded.PhoneNumberThirtySecondLimit (one per 30 seconds).
import { FakeServer, RateWindow, jsonOf, type FakeAnswer, type FakeRequest } from "./fake-server.ts";
import { tc3Signature } from "./signatures.ts";

export interface TencentSmsOptions {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signNames: string[];
  /** Approved templates and how many variables each has. */
  templates: Record<string, number>;
  /** Numbers (+86...) that replied to unsubscribe. */
  unsubscribed?: string[];
}

export interface Sms {
  phone: string;
  signName: string;
  templateId: string;
  params: string[];
  serialNo: string;
}

export class TencentSmsFake {
  readonly server: FakeServer;
  readonly sent: Sms[] = [];
  private readonly perThirtySeconds = new RateWindow(1, 30000);

  readonly options: TencentSmsOptions;

  constructor(options: TencentSmsOptions) {
    this.options = options;
    this.server = new FakeServer((req) => this.handle(req));
  }

  get url() {
    return this.server.url;
  }

  private error(code: string, message: string): FakeAnswer {
    return {
      status: 200,
      json: { Response: { Error: { Code: code, Message: message }, RequestId: `req-${this.server.requests.length}` } },
    };
  }

  private verify(req: FakeRequest): FakeAnswer | null {
    const auth = String(req.headers.authorization ?? "");
    const match =
      /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/sms\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
        auth,
      );
    if (!match)
      return this.error("AuthFailure.InvalidAuthorization", "Authorization in the request header is invalid.");
    const [, secretId, date, signedHeaders, signature] = match;
    if (secretId !== this.options.secretId)
      return this.error("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
    const names = signedHeaders!.split(";");
    if (!names.includes("content-type") || !names.includes("host")) {
      return this.error("AuthFailure.InvalidAuthorization", "content-type and host must be signed.");
    }
    const timestamp = Number(req.headers["x-tc-timestamp"]);
    const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? "")]));
    if (tc3Signature(this.options.secretKey, "sms", timestamp, headers, names, req.bytes) !== signature) {
      return this.error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.");
    }
    if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) {
      return this.error("AuthFailure.SignatureExpire", "Signature expired.");
    }
    if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) {
      return this.error("AuthFailure.SignatureFailure", "The credential's date is not the timestamp's.");
    }
    return null;
  }

  private handle(req: FakeRequest): FakeAnswer {
    if (this.server.downMode === "busy") return this.error("InternalError.Timeout", "Timed out.");
    if (req.method !== "POST" || req.path !== "/") return this.error("InvalidAction", "The action does not exist.");
    const refused = this.verify(req);
    if (refused) return refused;
    if (req.headers["x-tc-action"] !== "SendSms" || req.headers["x-tc-version"] !== "2021-01-11") {
      return this.error("InvalidAction", "The action does not exist.");
    }
    const body = jsonOf(req);
    if (!body) return this.error("InvalidParameter", "The body is not JSON.");
    if (body.SmsSdkAppId !== this.options.sdkAppId)
      return this.error("InvalidParameterValue.SdkAppIdNotExist", "SdkAppId does not exist.");
    if (!this.options.signNames.includes(body.SignName)) {
      return this.error("FailedOperation.SignatureIncorrectOrUnapproved", "The signature is not approved.");
    }
    const variables = this.options.templates[body.TemplateId];
    if (variables === undefined)
      return this.error("FailedOperation.TemplateIncorrectOrUnapproved", "The template is not approved.");
    const params: unknown[] = Array.isArray(body.TemplateParamSet) ? body.TemplateParamSet : [];
    if (params.length !== variables || params.some((p) => typeof p !== "string")) {
      return this.error("InvalidParameterValue.TemplateParameterFormatError", "Wrong template parameters.");
    }
    if (params.some((p) => /https?:|www\.|:\/\//i.test(String(p)))) {
      return this.error(
        "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter",
        "Links are not allowed in variables.",
      );
    }
    const now = this.server.now();
    const statuses = (Array.isArray(body.PhoneNumberSet) ? body.PhoneNumberSet : []).map((phone: unknown) => {
      const number = String(phone);
      const status = {
        SerialNo: "",
        PhoneNumber: number,
        Fee: 0,
        SessionContext: body.SessionContext ?? "",
        IsoCode: "CN",
      };
      if (!/^\+861[3-9]\d{9}$/.test(number))
        return { ...status, Code: "InvalidParameterValue.IncorrectPhoneNumber", Message: "incorrect number" };
      if ((this.options.unsubscribed ?? []).includes(number))
        return { ...status, Code: "FailedOperation.PhoneNumberInBlacklist", Message: "number in blacklist" };
      if (!this.perThirtySeconds.take(number, now)) {
        return { ...status, Code: "LimitExceeded.PhoneNumberThirtySecondLimit", Message: "30 second limit" };
      }
      const serialNo = `${this.sent.length + 1}:${Date.now()}`;
      this.sent.push({
        phone: number,
        signName: body.SignName,
        templateId: body.TemplateId,
        params: params as string[],
        serialNo,
      });
      return { ...status, SerialNo: serialNo, Fee: 1, Code: "Ok", Message: "send success" };
    });
    return {
      status: 200,
      json: { Response: { SendStatusSet: statuses, RequestId: `req-${this.server.requests.length}` } },
    };
  }
}

/** Starts a Tencent Cloud SMS fake on 127.0.0.1. */
export async function startTencentSmsFake(options: TencentSmsOptions): Promise<TencentSmsFake> {
  const fake = new TencentSmsFake(options);
  await fake.server.listen();
  return fake;
}
