// A local Alibaba Cloud SMS (dysmsapi, SendSms 2017-05-25) for tests, written from its public
// documentation. It verifies the V3 signature (ACS3-HMAC-SHA256) from what arrives: the canonical query
// rebuilt from the received parameters, the signed headers' received values, and the body's SHA-256;
// and it answers with Alibaba Cloud's codes: InvalidAccessKeyId.NotFound, SignatureDoesNotMatch,
// IncompleteSignature, InvalidTimeStamp.Expired (x-acs-date more than 15 minutes off),
// SignatureNonceUsed, isv.MOBILE_NUMBER_ILLEGAL, isv.SMS_SIGNATURE_ILLEGAL, isv.SMS_TEMPLATE_ILLEGAL,
// isv.TEMPLATE_MISSING_PARAMETERS, and isv.BUSINESS_LIMIT_CONTROL past the per-number limits (a
// notification template: 50 a day to one number for one sign name and template; tests may add a
// per-minute limit, as Alibaba Cloud applies to verification codes).
import { FakeServer, RateWindow, type FakeAnswer, type FakeRequest } from "./fake-server.ts";
import { aliyunV3Signature, sha256Hex } from "./signatures.ts";

export interface AliyunSmsOptions {
  accessKeyId: string;
  accessKeySecret: string;
  signNames: string[];
  /** Approved templates and their variable names. */
  templates: Record<string, string[]>;
}

export interface Sms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  bizId: string;
}

export class AliyunSmsFake {
  readonly server: FakeServer;
  readonly sent: Sms[] = [];
  private readonly nonces = new Map<string, number>();
  private readonly perDay = new RateWindow(50, 86400000);
  private perMinute: RateWindow | null = null;

  readonly options: AliyunSmsOptions;

  constructor(options: AliyunSmsOptions) {
    this.options = options;
    this.server = new FakeServer((req) => this.handle(req));
  }

  get url() {
    return this.server.url;
  }

  /** Adds a per-number limit of `count` a minute (as for verification-code templates). */
  limitPerMinute(count: number) {
    this.perMinute = new RateWindow(count, 60000);
  }

  private answer(status: number, code: string, message: string): FakeAnswer {
    return { status, json: { Code: code, Message: message, RequestId: `req-${this.server.requests.length}` } };
  }

  private verify(req: FakeRequest): FakeAnswer | null {
    const auth = String(req.headers.authorization ?? "");
    const match = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(auth);
    if (!match)
      return this.answer(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
    const [, keyId, signedHeaders, signature] = match;
    if (keyId !== this.options.accessKeyId)
      return this.answer(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    const names = signedHeaders!.split(";");
    const required = [
      "host",
      "x-acs-action",
      "x-acs-content-sha256",
      "x-acs-date",
      "x-acs-signature-nonce",
      "x-acs-version",
    ];
    if (required.some((n) => !names.includes(n)) || names.join(";") !== [...names].sort().join(";")) {
      return this.answer(400, "IncompleteSignature", "Every x-acs- header and host must be signed, in order.");
    }
    if (req.headers["x-acs-content-sha256"] !== sha256Hex(req.bytes)) {
      return this.answer(400, "SignatureDoesNotMatch", "The payload hash does not match.");
    }
    const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? "")]));
    const params = [...req.query.entries()];
    const expected = aliyunV3Signature(this.options.accessKeySecret, req.method, params, headers, names, req.bytes);
    if (expected !== signature)
      return this.answer(400, "SignatureDoesNotMatch", "Specified signature does not match our calculation.");
    const date = Date.parse(String(req.headers["x-acs-date"]));
    if (!Number.isFinite(date) || Math.abs(Date.now() - date) > 15 * 60000) {
      return this.answer(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
    }
    const nonce = String(req.headers["x-acs-signature-nonce"]);
    if ((this.nonces.get(nonce) ?? 0) > Date.now() - 15 * 60000) {
      return this.answer(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
    }
    this.nonces.set(nonce, Date.now());
    return null;
  }

  private handle(req: FakeRequest): FakeAnswer {
    if (this.server.downMode === "busy")
      return this.answer(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
    if (req.method !== "POST" || req.path !== "/")
      return this.answer(404, "InvalidAction.NotFound", "Specified api is not found.");
    const refused = this.verify(req);
    if (refused) return refused;
    if (req.headers["x-acs-action"] !== "SendSms" || req.headers["x-acs-version"] !== "2017-05-25") {
      return this.answer(404, "InvalidAction.NotFound", "Specified api is not found.");
    }
    const phone = req.query.get("PhoneNumbers") ?? "";
    const signName = req.query.get("SignName") ?? "";
    const templateCode = req.query.get("TemplateCode") ?? "";
    if (!/^(?:86)?1[3-9]\d{9}$/.test(phone)) return this.answer(200, "isv.MOBILE_NUMBER_ILLEGAL", "非法手机号");
    if (!this.options.signNames.includes(signName))
      return this.answer(200, "isv.SMS_SIGNATURE_ILLEGAL", "该账号下找不到对应签名");
    const variables = this.options.templates[templateCode];
    if (!variables) return this.answer(200, "isv.SMS_TEMPLATE_ILLEGAL", "该账号下找不到对应模板");
    let params: Record<string, string>;
    try {
      params = JSON.parse(req.query.get("TemplateParam") ?? "{}");
    } catch {
      return this.answer(200, "isv.INVALID_JSON_PARAM", "JSON参数不合法，只接受字符串值");
    }
    if (variables.some((v) => typeof params[v] !== "string" || !params[v])) {
      return this.answer(200, "isv.TEMPLATE_MISSING_PARAMETERS", "模板变量缺少对应参数值");
    }
    const now = this.server.now();
    const limitKey = `${phone}|${signName}|${templateCode}`;
    if ((this.perMinute && !this.perMinute.take(limitKey, now)) || !this.perDay.take(limitKey, now)) {
      return this.answer(200, "isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控");
    }
    const bizId = `${this.sent.length + 1}^${Date.now()}`;
    this.sent.push({ phone, signName, templateCode, params, bizId });
    return {
      status: 200,
      json: { Code: "OK", Message: "OK", BizId: bizId, RequestId: `req-${this.server.requests.length}` },
    };
  }
}

/** Starts an Alibaba Cloud SMS fake on 127.0.0.1. */
export async function startAliyunSmsFake(options: AliyunSmsOptions): Promise<AliyunSmsFake> {
  const fake = new AliyunSmsFake(options);
  await fake.server.listen();
  return fake;
}
