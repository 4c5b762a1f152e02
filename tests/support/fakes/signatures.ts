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

/** S3's URI encoding for SigV4: only RFC 3986's unreserved characters stay (and "/" unless `encodeSlash`). */
export const s3UriEncode = (s: string, encodeSlash: boolean) =>
  encodeSlash ? rfc3986(s) : s.split("/").map(rfc3986).join("/");

/** The parts of a request that AWS Signature Version 4 signs (values as received, names lowercase). */
export interface SigV4Request {
  method: string;
  /** The path as sent (percent-encoded once, as S3 clients send it). */
  path: string;
  /** The query string as sent, without "?". */
  rawQuery: string;
  headers: Record<string, string | string[] | undefined>;
  signedHeaders: string[];
  /** The x-amz-content-sha256 value: the payload's hex SHA-256, UNSIGNED-PAYLOAD or STREAMING-…. */
  payloadHash: string;
}

const decodePart = (s: string) => decodeURIComponent(s);

/**
 * SigV4's canonical request for S3: the path decoded and encoded once more (S3 does not double-encode),
 * the query parameters encoded and sorted, the signed headers trimmed with inner spaces collapsed.
 */
export function sigV4CanonicalRequest(req: SigV4Request): string {
  const uri = s3UriEncode(decodePart(req.path), false) || "/";
  const query = req.rawQuery
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf("=");
      const [k, v] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
      return [rfc3986(decodePart(k)), rfc3986(decodePart(v))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const headers = req.signedHeaders
    .map((name) => {
      const raw = req.headers[name];
      const value = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).trim().replace(/\s+/g, " ");
      return `${name}:${value}\n`;
    })
    .join("");
  return [req.method, uri, query, headers, req.signedHeaders.join(";"), req.payloadHash].join("\n");
}

/** The signing key chain: HMAC("AWS4" + secret, date) → region → service → "aws4_request". */
export function sigV4SigningKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), "aws4_request");
}

/** The string to sign for a canonical request made at `amzDate` (20130524T000000Z) within `scope`. */
export function sigV4StringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
  return `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}

/** Hex HMAC-SHA256 of `stringToSign` with a signing key. */
export const sigV4Sign = (signingKey: Buffer, stringToSign: string) => hmac(signingKey, stringToSign).toString("hex");

/** The signature of one aws-chunked chunk, chained to the previous chunk's (first: the seed signature). */
export function sigV4ChunkSignature(
  signingKey: Buffer,
  amzDate: string,
  scope: string,
  previousSignature: string,
  chunk: Buffer,
): string {
  const toSign = ["AWS4-HMAC-SHA256-PAYLOAD", amzDate, scope, previousSignature, sha256Hex(""), sha256Hex(chunk)].join(
    "\n",
  );
  return sigV4Sign(signingKey, toSign);
}
