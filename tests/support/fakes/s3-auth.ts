// AWS Signature Version 4 as S3 checks it on arrival, for the local S3 (s3.ts): the Authorization
// header, the request time, the payload hash (hex SHA-256, UNSIGNED-PAYLOAD, or aws-chunked with a
// signature per chunk) and Content-MD5, each refused with S3's error code.
import { createHash, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import {
  sha256Hex,
  sigV4CanonicalRequest,
  sigV4ChunkSignature,
  sigV4Sign,
  sigV4SigningKey,
  sigV4StringToSign,
} from "./signatures.ts";

/** The keys a request must be signed with, and the region (us-east-1 when not set, as aws-sdk-go's default). */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
}

const SKEW_MS = 15 * 60 * 1000;
const EMPTY_SHA256 = sha256Hex("");
const STREAMING = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";

/** An S3 error answer: its HTTP status, S3's code, and the extra elements of its XML. */
export class S3Error extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, string>;
  constructor(status: number, code: string, message: string, extra: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/**
 * Checks a request's SigV4 Authorization header (against `credentials`, signed for their region) and
 * its payload (x-amz-content-sha256, Content-MD5); returns the payload, aws-chunked decoded. Throws an
 * S3Error with S3's code when anything does not hold.
 */
export function verifyS3Request(
  req: http.IncomingMessage,
  method: string,
  rawPath: string,
  rawQuery: string,
  body: Buffer,
  credentials: S3Credentials,
): Buffer {
  const auth = String(req.headers.authorization ?? "");
  if (!auth) throw new S3Error(403, "AccessDenied", "Access Denied");
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!match) {
    throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
  }
  const [, accessKeyId, date, region, service, signedList, signature] = match as unknown as string[];
  if (accessKeyId !== credentials.accessKeyId) {
    throw new S3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", {
      AWSAccessKeyId: accessKeyId!,
    });
  }
  const expectedRegion = credentials.region ?? "us-east-1";
  if (region !== expectedRegion || service !== "s3") {
    throw new S3Error(
      400,
      "AuthorizationHeaderMalformed",
      `The authorization header is malformed; the region '${region}' is wrong; expecting '${expectedRegion}'`,
      { Region: expectedRegion },
    );
  }
  const signedHeaders = signedList!.split(";");
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (!payloadHash) {
    throw new S3Error(400, "InvalidRequest", "Missing required header for this request: x-amz-content-sha256");
  }
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const dateMatch = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(amzDate);
  if (!signedHeaders.includes("host") || !signedHeaders.includes("x-amz-date") || !dateMatch) {
    throw new S3Error(403, "AccessDenied", "AWS authentication requires a valid Date or x-amz-date header");
  }
  const [, y, mo, d, h, mi, s] = dateMatch;
  const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Math.abs(Date.now() - at) > SKEW_MS || amzDate.slice(0, 8) !== date) {
    throw new S3Error(
      403,
      "RequestTimeTooSkewed",
      "The difference between the request time and the current time is too large.",
      {
        RequestTime: amzDate,
        ServerTime: new Date().toISOString(),
      },
    );
  }
  const canonical = sigV4CanonicalRequest({
    method,
    path: rawPath,
    rawQuery,
    headers: req.headers,
    signedHeaders,
    payloadHash,
  });
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = sigV4StringToSign(amzDate, scope, canonical);
  const key = sigV4SigningKey(credentials.secretAccessKey, date!, region!, "s3");
  const expected = sigV4Sign(key, stringToSign);
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature!))) {
    throw new S3Error(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      {
        AWSAccessKeyId: accessKeyId!,
        StringToSign: stringToSign,
        SignatureProvided: signature!,
        CanonicalRequest: canonical,
      },
    );
  }

  let payload = body;
  if (payloadHash === STREAMING) {
    payload = decodeChunks(
      body,
      (previous, chunk) => sigV4ChunkSignature(key, amzDate, scope, previous, chunk),
      signature!,
    );
    const declared = Number(req.headers["x-amz-decoded-content-length"]);
    if (!Number.isFinite(declared) || declared !== payload.length) {
      throw new S3Error(
        400,
        "IncompleteBody",
        "You did not provide the number of bytes specified by the Content-Length HTTP header.",
      );
    }
  } else if (payloadHash !== "UNSIGNED-PAYLOAD") {
    if (!/^[0-9a-f]{64}$/.test(payloadHash)) {
      throw new S3Error(
        400,
        "InvalidArgument",
        "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, or a valid sha256 value.",
      );
    }
    const actual = body.length ? sha256Hex(body) : EMPTY_SHA256;
    if (actual !== payloadHash) {
      throw new S3Error(
        400,
        "XAmzContentSHA256Mismatch",
        "The provided 'x-amz-content-sha256' header does not match what was computed.",
        {
          ClientComputedContentSHA256: payloadHash,
          S3ComputedContentSHA256: actual,
        },
      );
    }
  }
  const md5 = req.headers["content-md5"];
  if (md5 !== undefined) {
    const given = Buffer.from(String(md5), "base64");
    if (given.length !== 16) throw new S3Error(400, "InvalidDigest", "The Content-MD5 you specified was invalid.");
    if (!given.equals(createHash("md5").update(payload).digest())) {
      throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
    }
  }
  return payload;
}

/**
 * Decodes an aws-chunked body (hex-size;chunk-signature=SIG CRLF data CRLF …, ending with a zero-size
 * chunk), checking each chunk's signature against the chain that starts at the seed signature.
 */
function decodeChunks(body: Buffer, sign: (previous: string, chunk: Buffer) => string, seed: string): Buffer {
  const parts: Buffer[] = [];
  let previous = seed;
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", at);
    const header = lineEnd < 0 ? "" : body.subarray(at, lineEnd).toString("latin1");
    const m = /^([0-9a-f]+);chunk-signature=([0-9a-f]{64})$/i.exec(header);
    if (!m) throw new S3Error(400, "IncompleteBody", "The request body terminated unexpectedly");
    const size = parseInt(m[1]!, 16);
    const start = lineEnd + 2;
    const chunk = body.subarray(start, start + size);
    if (chunk.length !== size || body.subarray(start + size, start + size + 2).toString("latin1") !== "\r\n") {
      throw new S3Error(400, "IncompleteBody", "The request body terminated unexpectedly");
    }
    const expected = sign(previous, chunk);
    if (expected !== m[2]!.toLowerCase()) {
      throw new S3Error(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
      );
    }
    previous = expected;
    at = start + size + 2;
    if (size === 0) break;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
