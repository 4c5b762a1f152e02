// The providers' signatures computed with Node's crypto, independently of the hooks' plain-JavaScript
// ones (pocketbase/pb_hooks/lib/pure/digest.js): the fakes verify requests with these, and the unit
// tests compare the hooks' signing against them.
import { createHash, createHmac } from "node:crypto";

export const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 percent-encoding (what Alibaba Cloud's and DingTalk's signatures use). */
export const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** DingTalk's custom robot: base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), before URL-encoding. */
export function dingtalkRobotSign(secret: string, timestamp: number | string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
}

/**
 * Alibaba Cloud's V3 signature (ACS3-HMAC-SHA256) of a request: its method, query parameters (decoded),
 * the signed headers' values by lowercase name, and its body.
 */
export function aliyunV3Signature(
  secret: string,
  method: string,
  params: Array<[string, string]>,
  headers: Record<string, string>,
  signedHeaders: string[],
  body: string | Buffer,
): string {
  const sorted = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = sorted.map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`).join("&");
  const canonicalHeaders = signedHeaders.map((n) => `${n}:${String(headers[n] ?? "").trim()}\n`).join("");
  const canonical = [method, "/", query, canonicalHeaders, signedHeaders.join(";"), sha256Hex(body)].join("\n");
  return createHmac("sha256", secret)
    .update(`ACS3-HMAC-SHA256\n${sha256Hex(canonical)}`)
    .digest("hex");
}

/**
 * Tencent Cloud's TC3-HMAC-SHA256 signature of a POST to "/": the signed headers' values by lowercase
 * name (lowercased for signing, as Tencent Cloud does), the body, the timestamp (s) and the service.
 */
export function tc3Signature(
  secretKey: string,
  service: string,
  timestamp: number,
  headers: Record<string, string>,
  signedHeaders: string[],
  body: string | Buffer,
): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const canonicalHeaders = signedHeaders
    .map(
      (n) =>
        `${n}:${String(headers[n] ?? "")
          .trim()
          .toLowerCase()}\n`,
    )
    .join("");
  const canonical = ["POST", "/", "", canonicalHeaders, signedHeaders.join(";"), sha256Hex(body)].join("\n");
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256Hex(canonical)}`;
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), "tc3_request");
  return hmac(key, toSign).toString("hex");
}
