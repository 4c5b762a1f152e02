// A local S3-compatible storage for tests, written from Amazon S3's public REST API reference: the
// subset Litestream 0.3.13 (aws-sdk-go v1) uses to replicate and restore, seen by logging its requests
// (ListObjects v1 with prefix, delimiter and marker; PutObject; GetObject), and what it may use on
// other paths (HeadObject, HeadBucket, GetBucketLocation, DeleteObject, DeleteObjects, and the
// multipart upload the SDK's uploader switches to above 5 MB). Every request must carry a valid AWS
// Signature Version 4 Authorization header, checked from what arrives; the payload is checked against
// x-amz-content-sha256 (a hex SHA-256, UNSIGNED-PAYLOAD, or STREAMING-AWS4-HMAC-SHA256-PAYLOAD with
// each aws-chunked chunk's signature) and Content-MD5. Errors are S3's XML with S3's codes. Buckets
// are addressed path-style (http://host/bucket/key) or, when `virtualHostSuffix` is set, virtual-host
// style (http://bucket.suffix/key, as Alibaba OSS requires; tests reach that name through this server
// as an HTTP proxy, so nothing is ever resolved or dialled beyond 127.0.0.1). Objects live in memory.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { S3Error, verifyS3Request, type S3Credentials } from "./s3-auth.ts";

export interface S3FakeOptions extends S3Credentials {
  buckets: string[];
  /** Buckets are named in the host (bucket.SUFFIX) and path-style requests refused, as Alibaba OSS does. */
  virtualHostSuffix?: string;
}

/** One request as the fake saw it, with its S3 operation and the answer's status and error code. */
export interface S3Logged {
  method: string;
  host: string;
  path: string;
  rawQuery: string;
  operation: string;
  status: number;
  code?: string;
}

interface StoredObject {
  bytes: Buffer;
  etag: string;
  lastModified: Date;
}

// A single PutObject on S3 takes up to 5 GB; this fake holds objects in memory, so it stops far sooner.
const MAX_OBJECT = 64 * 1024 * 1024;
const MIN_PART = 5 * 1024 * 1024;
const MAX_KEYS = 1000;

const xmlEscape = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
const xmlUnescape = (s: string) =>
  s.replace(/&(lt|gt|amp|apos|quot|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' }[name.toLowerCase()]!,
  );
const tag = (name: string, value: string | number | boolean) => `<${name}>${xmlEscape(String(value))}</${name}>`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

export class S3Fake {
  url = "";
  /** Every request received, in order, with what it was answered. */
  readonly requests: S3Logged[] = [];
  private readonly buckets = new Map<string, Map<string, StoredObject>>();
  private readonly uploads = new Map<string, { bucket: string; key: string; parts: Map<number, StoredObject> }>();
  private readonly server: http.Server;
  private sequence = 0;

  readonly options: S3FakeOptions;

  constructor(options: S3FakeOptions) {
    this.options = options;
    for (const bucket of options.buckets) this.buckets.set(bucket, new Map());
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        // The body is capped before anything reads it; the request is still answered.
        if (size > MAX_OBJECT * 2) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on("end", () => this.answer(req, res, tooLarge ? null : Buffer.concat(chunks)));
    });
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The keys in `bucket` (sorted), with their sizes. */
  objects(bucket: string): { key: string; size: number }[] {
    return [...(this.buckets.get(bucket) ?? new Map<string, StoredObject>())]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, o]) => ({ key, size: o.bytes.length }));
  }

  /** The S3 operations seen so far, each once, in the order first seen. */
  operations(): string[] {
    return [...new Set(this.requests.map((r) => r.operation))];
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer | null) {
    const host = String(req.headers.host ?? "");
    // An absolute-form target arrives when the client uses this server as its HTTP proxy.
    const target = new URL(req.url ?? "/", `http://${host || "fake.local"}`);
    const rawPath = (req.url ?? "/").replace(/^[a-z]+:\/\/[^/]*/i, "").split("?")[0] || "/";
    const rawQuery = target.search.replace(/^\?/, "");
    const method = req.method ?? "GET";
    const logged: S3Logged = { method, host, path: rawPath, rawQuery, operation: "unknown", status: 0 };
    this.requests.push(logged);
    const requestId = (++this.sequence).toString(16).toUpperCase().padStart(16, "0");
    const send = (status: number, headers: Record<string, string>, payload: Buffer | string = "") => {
      logged.status = status;
      const bytes = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
      res.writeHead(status, {
        "x-amz-request-id": requestId,
        "Content-Length": String(bytes.length),
        ...headers,
      });
      res.end(method === "HEAD" ? undefined : bytes);
    };
    try {
      const { bucket, key } = this.address(host, rawPath);
      logged.operation = operationOf(method, bucket, key, target.searchParams);
      if (body === null)
        throw new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
      const payload = verifyS3Request(req, method, rawPath, rawQuery, body, this.options);
      const result = this.perform(logged.operation, bucket, key, target.searchParams, payload, req);
      send(result.status ?? 200, result.headers ?? {}, result.body);
    } catch (err) {
      if (!(err instanceof S3Error)) throw err;
      logged.code = err.code;
      const fields = Object.entries(err.extra)
        .map(([k, v]) => tag(k, v))
        .join("");
      send(
        err.status,
        { "Content-Type": "application/xml" },
        `${XML_HEAD}<Error>${tag("Code", err.code)}${tag("Message", err.message)}${fields}${tag("RequestId", requestId)}${tag("HostId", "s3-fake")}</Error>`,
      );
    }
  }

  /** The bucket and key a request names, path-style or virtual-host style. */
  private address(host: string, rawPath: string): { bucket: string; key: string } {
    const hostname = host.replace(/:\d+$/, "").toLowerCase();
    const path = decodeURIComponent(rawPath);
    const suffix = this.options.virtualHostSuffix?.toLowerCase();
    if (suffix) {
      if (!hostname.endsWith(`.${suffix}`)) {
        throw new S3Error(403, "SecondLevelDomainForbidden", "Please use virtual hosted style to access.");
      }
      return { bucket: hostname.slice(0, -suffix.length - 1), key: path.replace(/^\//, "") };
    }
    const [, bucket = "", key = ""] = /^\/([^/]*)\/?(.*)$/s.exec(path) ?? [];
    return { bucket, key };
  }

  private bucket(name: string): Map<string, StoredObject> {
    const bucket = this.buckets.get(name);
    if (!bucket) throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist.", { BucketName: name });
    return bucket;
  }

  private object(bucket: string, key: string): StoredObject {
    const found = this.bucket(bucket).get(key);
    if (!found) throw new S3Error(404, "NoSuchKey", "The specified key does not exist.", { Key: key });
    return found;
  }

  private perform(
    operation: string,
    bucketName: string,
    key: string,
    query: URLSearchParams,
    payload: Buffer,
    req: http.IncomingMessage,
  ): { status?: number; headers?: Record<string, string>; body?: Buffer | string } {
    const xml = (body: string) => ({ headers: { "Content-Type": "application/xml" }, body: XML_HEAD + body });
    const objectHeaders = (o: StoredObject) => ({
      ETag: o.etag,
      "Last-Modified": o.lastModified.toUTCString(),
      "Content-Type": "application/octet-stream",
    });
    switch (operation) {
      case "HeadBucket":
        this.bucket(bucketName);
        return {};
      case "GetBucketLocation":
        this.bucket(bucketName);
        // us-east-1 is written as an empty constraint.
        return xml(
          `<LocationConstraint ${NS}>${xmlEscape(this.options.region === "us-east-1" ? "" : (this.options.region ?? ""))}</LocationConstraint>`,
        );
      case "ListObjects":
        return xml(this.list(bucketName, query));
      case "PutObject": {
        const bucket = this.bucket(bucketName);
        if (payload.length > MAX_OBJECT)
          throw new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
        const stored = storedObject(payload);
        bucket.set(key, stored);
        return { headers: { ETag: stored.etag } };
      }
      case "GetObject": {
        const o = this.object(bucketName, key);
        const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ""));
        if (range) {
          const start = Number(range[1]);
          const end = Math.min(range[2] ? Number(range[2]) : o.bytes.length - 1, o.bytes.length - 1);
          if (start >= o.bytes.length) throw new S3Error(416, "InvalidRange", "The requested range is not satisfiable");
          return {
            status: 206,
            headers: { ...objectHeaders(o), "Content-Range": `bytes ${start}-${end}/${o.bytes.length}` },
            body: o.bytes.subarray(start, end + 1),
          };
        }
        return { headers: objectHeaders(o), body: o.bytes };
      }
      case "HeadObject": {
        const o = this.object(bucketName, key);
        return { headers: { ...objectHeaders(o), "Content-Length": String(o.bytes.length) } };
      }
      case "DeleteObject":
        this.bucket(bucketName).delete(key);
        return { status: 204 };
      case "DeleteObjects":
        return xml(this.deleteMany(bucketName, payload.toString("utf8"), req));
      case "CreateMultipartUpload": {
        this.bucket(bucketName);
        const uploadId = `upload-${++this.sequence}`;
        this.uploads.set(uploadId, { bucket: bucketName, key, parts: new Map() });
        return xml(
          `<InitiateMultipartUploadResult ${NS}>${tag("Bucket", bucketName)}${tag("Key", key)}${tag("UploadId", uploadId)}</InitiateMultipartUploadResult>`,
        );
      }
      case "UploadPart": {
        const upload = this.upload(query, bucketName, key);
        const number = Number(query.get("partNumber"));
        if (!Number.isInteger(number) || number < 1 || number > 10000) {
          throw new S3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive");
        }
        const part = storedObject(payload);
        upload.parts.set(number, part);
        return { headers: { ETag: part.etag } };
      }
      case "CompleteMultipartUpload":
        return xml(this.complete(bucketName, key, query, payload.toString("utf8")));
      case "AbortMultipartUpload":
        this.upload(query, bucketName, key);
        this.uploads.delete(query.get("uploadId")!);
        return { status: 204 };
      default:
        throw new S3Error(
          501,
          "NotImplemented",
          "A header or query you provided implies functionality that is not implemented.",
        );
    }
  }

  /** CompleteMultipartUpload: the listed parts, in ascending order, each but the last at least 5 MB. */
  private complete(bucketName: string, key: string, query: URLSearchParams, document: string): string {
    const upload = this.upload(query, bucketName, key);
    const listed = [...document.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map((m) => ({
      number: Number(/<PartNumber>(\d+)<\/PartNumber>/.exec(m[1]!)?.[1]),
      etag: xmlUnescape(/<ETag>([\s\S]*?)<\/ETag>/.exec(m[1]!)?.[1] ?? ""),
    }));
    if (!listed.length)
      throw new S3Error(
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema",
      );
    const parts = listed.map((p, i) => {
      const part = upload.parts.get(p.number);
      if (!part || part.etag.replace(/"/g, "") !== p.etag.replace(/"/g, "")) {
        throw new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found.");
      }
      if (i > 0 && p.number <= listed[i - 1]!.number)
        throw new S3Error(400, "InvalidPartOrder", "The list of parts was not in ascending order.");
      if (i < listed.length - 1 && part.bytes.length < MIN_PART) {
        throw new S3Error(
          400,
          "EntityTooSmall",
          "Your proposed upload is smaller than the minimum allowed object size.",
        );
      }
      return part;
    });
    const bytes = Buffer.concat(parts.map((p) => p.bytes));
    const digest = createHash("md5")
      .update(Buffer.concat(parts.map((p) => Buffer.from(p.etag.replace(/"/g, ""), "hex"))))
      .digest("hex");
    const done = { bytes, etag: `"${digest}-${parts.length}"`, lastModified: new Date() };
    this.bucket(bucketName).set(key, done);
    this.uploads.delete(query.get("uploadId")!);
    return `<CompleteMultipartUploadResult ${NS}>${tag("Bucket", bucketName)}${tag("Key", key)}${tag("ETag", done.etag)}</CompleteMultipartUploadResult>`;
  }

  private upload(query: URLSearchParams, bucket: string, key: string) {
    this.bucket(bucket);
    const upload = this.uploads.get(query.get("uploadId") ?? "");
    if (!upload || upload.bucket !== bucket || upload.key !== key) {
      throw new S3Error(
        404,
        "NoSuchUpload",
        "The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.",
        {
          UploadId: query.get("uploadId") ?? "",
        },
      );
    }
    return upload;
  }

  /** ListObjects (version 1): keys after `marker` under `prefix`, rolled up at `delimiter`. */
  private list(bucketName: string, query: URLSearchParams): string {
    const bucket = this.bucket(bucketName);
    const prefix = query.get("prefix") ?? "";
    const delimiter = query.get("delimiter") ?? "";
    const marker = query.get("marker") ?? "";
    const maxKeysText = query.get("max-keys");
    const maxKeys = maxKeysText === null ? MAX_KEYS : Number(maxKeysText);
    if (!Number.isInteger(maxKeys) || maxKeys < 0)
      throw new S3Error(400, "InvalidArgument", "Provided max-keys not an integer or within integer range");
    const urlEncoded = query.get("encoding-type") === "url";
    const out = (s: string) => (urlEncoded ? encodeURIComponent(s).replace(/%2F/g, "/") : s);
    const contents: string[] = [];
    const prefixes: string[] = [];
    let truncated = false;
    let last = "";
    for (const key of [...bucket.keys()].sort()) {
      if (!key.startsWith(prefix) || key <= marker) continue;
      const rest = key.slice(prefix.length);
      const cut = delimiter ? rest.indexOf(delimiter) : -1;
      const common = cut >= 0 ? prefix + rest.slice(0, cut + delimiter.length) : null;
      if (common && prefixes.includes(common)) continue;
      if (contents.length + prefixes.length >= Math.min(maxKeys, MAX_KEYS)) {
        truncated = true;
        break;
      }
      // A rolled-up prefix sorts at its first key; a marker equal to it skips the whole prefix.
      if (common) {
        if (common <= marker) continue;
        prefixes.push(common);
        last = common;
      } else {
        const o = bucket.get(key)!;
        contents.push(
          `<Contents>${tag("Key", out(key))}${tag("LastModified", o.lastModified.toISOString())}${tag("ETag", o.etag)}${tag("Size", o.bytes.length)}${tag("StorageClass", "STANDARD")}</Contents>`,
        );
        last = key;
      }
    }
    return (
      `<ListBucketResult ${NS}>${tag("Name", bucketName)}${tag("Prefix", out(prefix))}${tag("Marker", out(marker))}` +
      `${tag("MaxKeys", maxKeys)}${delimiter ? tag("Delimiter", out(delimiter)) : ""}${urlEncoded ? tag("EncodingType", "url") : ""}` +
      `${tag("IsTruncated", truncated)}${truncated && delimiter ? tag("NextMarker", out(last)) : ""}` +
      `${contents.join("")}${prefixes.map((p) => `<CommonPrefixes>${tag("Prefix", out(p))}</CommonPrefixes>`).join("")}</ListBucketResult>`
    );
  }

  /** DeleteObjects: the keys in a <Delete> document (at most 1,000; Content-MD5 required, as S3 does). */
  private deleteMany(bucketName: string, document: string, req: http.IncomingMessage): string {
    const bucket = this.bucket(bucketName);
    if (
      req.headers["content-md5"] === undefined &&
      !Object.keys(req.headers).some((h) => h.startsWith("x-amz-checksum-"))
    ) {
      throw new S3Error(400, "InvalidRequest", "Missing required header for this request: Content-Md5.");
    }
    const body = /<Delete(?:\s[^>]*)?>([\s\S]*)<\/Delete>/.exec(document)?.[1];
    if (body === undefined)
      throw new S3Error(
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema",
      );
    const keys = [...body.matchAll(/<Object>\s*<Key>([\s\S]*?)<\/Key>[\s\S]*?<\/Object>/g)].map((m) =>
      xmlUnescape(m[1]!),
    );
    if (!keys.length || keys.length > 1000)
      throw new S3Error(
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema",
      );
    const quiet = /<Quiet>\s*true\s*<\/Quiet>/i.test(body);
    for (const key of keys) bucket.delete(key);
    return `<DeleteResult ${NS}>${quiet ? "" : keys.map((k) => `<Deleted>${tag("Key", k)}</Deleted>`).join("")}</DeleteResult>`;
  }
}

function storedObject(bytes: Buffer): StoredObject {
  return { bytes, etag: `"${createHash("md5").update(bytes).digest("hex")}"`, lastModified: new Date() };
}

/** The S3 operation a request names (by method, bucket, key and sub-resource). */
function operationOf(method: string, bucket: string, key: string, query: URLSearchParams): string {
  if (!bucket) return method === "GET" ? "ListBuckets" : "unknown";
  if (!key) {
    if (method === "HEAD") return "HeadBucket";
    if (method === "GET" && query.has("location")) return "GetBucketLocation";
    if (method === "GET" && query.has("list-type")) return "ListObjectsV2";
    if (method === "GET" && !query.has("uploads") && !query.has("versions")) return "ListObjects";
    if (method === "POST" && query.has("delete")) return "DeleteObjects";
    return `${method} bucket`;
  }
  if (query.has("uploadId")) {
    if (method === "PUT" && query.has("partNumber")) return "UploadPart";
    if (method === "POST") return "CompleteMultipartUpload";
    if (method === "DELETE") return "AbortMultipartUpload";
    if (method === "GET") return "ListParts";
  }
  if (method === "POST" && query.has("uploads")) return "CreateMultipartUpload";
  const plain = [...query.keys()].filter((k) => !["versionId", "partNumber"].includes(k)).length === 0;
  if (plain && method === "PUT") return "PutObject";
  if (plain && method === "GET") return "GetObject";
  if (plain && method === "HEAD") return "HeadObject";
  if (plain && method === "DELETE") return "DeleteObject";
  return `${method} object`;
}
