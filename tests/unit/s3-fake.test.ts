// The S3 fake (tests/support/fakes/s3.ts) against the published protocol: its SigV4 arithmetic gives
// the signatures of the examples in Amazon S3's API reference ("Signature Calculations for the
// Authorization Header" and "Signature Calculation: Transfer Payload in Multiple Chunks"), and over
// HTTP it answers the operations Litestream uses, and S3's errors, as S3 documents them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { S3Fake } from "../support/fakes/s3";
import * as signing from "../support/fakes/signatures";

// The AWS documentation's example credentials (not a real key).
const DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const DOC_DATE = "20130524T000000Z";
const DOC_SCOPE = "20130524/us-east-1/s3/aws4_request";
const EMPTY = signing.sha256Hex("");

function docSignature(
  method: string,
  path: string,
  rawQuery: string,
  headers: Record<string, string>,
  payloadHash: string,
) {
  const canonical = signing.sigV4CanonicalRequest({
    method,
    path,
    rawQuery,
    headers,
    signedHeaders: Object.keys(headers).sort(),
    payloadHash,
  });
  const key = signing.sigV4SigningKey(DOC_SECRET, "20130524", "us-east-1", "s3");
  return {
    canonical,
    key,
    signature: signing.sigV4Sign(key, signing.sigV4StringToSign(DOC_DATE, DOC_SCOPE, canonical)),
  };
}

describe("SigV4 as Amazon S3's API reference computes it", () => {
  it("GET Object with a Range header", () => {
    const { canonical, signature } = docSignature(
      "GET",
      "/test.txt",
      "",
      {
        host: "examplebucket.s3.amazonaws.com",
        range: "bytes=0-9",
        "x-amz-content-sha256": EMPTY,
        "x-amz-date": DOC_DATE,
      },
      EMPTY,
    );
    expect(signing.sha256Hex(canonical)).toBe("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
    expect(signature).toBe("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  });

  it("GET Bucket (List Objects) with query parameters, sorted and encoded", () => {
    const { signature } = docSignature(
      "GET",
      "/",
      "max-keys=2&prefix=J",
      { host: "examplebucket.s3.amazonaws.com", "x-amz-content-sha256": EMPTY, "x-amz-date": DOC_DATE },
      EMPTY,
    );
    expect(signature).toBe("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
  });

  it("a PUT in aws-chunked encoding: the seed signature and each chunk's chained signature", () => {
    const { key, signature: seed } = docSignature(
      "PUT",
      "/examplebucket/chunkObject.txt",
      "",
      {
        "content-encoding": "aws-chunked",
        "content-length": "66824",
        host: "s3.amazonaws.com",
        "x-amz-content-sha256": "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
        "x-amz-date": DOC_DATE,
        "x-amz-decoded-content-length": "66560",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
      },
      "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
    );
    expect(seed).toBe("4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9");
    const first = signing.sigV4ChunkSignature(key, DOC_DATE, DOC_SCOPE, seed, Buffer.alloc(65536, "a"));
    expect(first).toBe("ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648");
    const second = signing.sigV4ChunkSignature(key, DOC_DATE, DOC_SCOPE, first, Buffer.alloc(1024, "a"));
    expect(second).toBe("0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497");
    expect(signing.sigV4ChunkSignature(key, DOC_DATE, DOC_SCOPE, second, Buffer.alloc(0))).toBe(
      "b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9",
    );
  });
});

describe("the S3 fake over HTTP", () => {
  const keys = { id: `AKID${randomBytes(8).toString("hex")}`, secret: randomBytes(20).toString("base64") };
  let fake: S3Fake;
  beforeAll(async () => {
    fake = await new S3Fake({ accessKeyId: keys.id, secretAccessKey: keys.secret, buckets: ["replicas"] }).listen();
  });
  afterAll(() => fake.close());

  /** A request signed as aws-sdk-go signs it (all headers it sends, payload hashed). */
  async function s3(
    method: string,
    target: string,
    options: {
      body?: Buffer | string;
      headers?: Record<string, string>;
      secret?: string;
      payloadHash?: string;
      chunked?: (seed: string, key: Buffer, amzDate: string, scope: string) => Buffer;
    } = {},
  ) {
    const url = new URL(target, fake.url);
    const amzDate = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
    const scope = `${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`;
    const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(options.body);
    const headers: Record<string, string> = {
      host: url.host,
      "x-amz-date": amzDate,
      "x-amz-content-sha256": options.payloadHash ?? signing.sha256Hex(body),
      ...options.headers,
    };
    const signedHeaders = Object.keys(headers).sort();
    const canonical = signing.sigV4CanonicalRequest({
      method,
      path: url.pathname,
      rawQuery: url.search.slice(1),
      headers,
      signedHeaders,
      payloadHash: headers["x-amz-content-sha256"]!,
    });
    const key = signing.sigV4SigningKey(options.secret ?? keys.secret, amzDate.slice(0, 8), "us-east-1", "s3");
    const signature = signing.sigV4Sign(key, signing.sigV4StringToSign(amzDate, scope, canonical));
    const sent = options.chunked ? options.chunked(signature, key, amzDate, scope) : body;
    const res = await fetch(url, {
      method,
      headers: {
        ...headers,
        authorization: `AWS4-HMAC-SHA256 Credential=${keys.id}/${scope}, SignedHeaders=${signedHeaders.join(";")}, Signature=${signature}`,
      },
      body: ["GET", "HEAD"].includes(method) ? null : new Uint8Array(sent),
    });
    return { status: res.status, text: await res.text(), headers: res.headers };
  }

  const md5 = (s: string | Buffer) => createHash("md5").update(s).digest("base64");

  it("stores, reads and lists objects; ListObjects rolls keys up at the delimiter and pages with marker", async () => {
    for (const name of ["gen/a/wal/1.lz4", "gen/a/wal/2.lz4", "gen/b/snapshot.lz4", "gen/c.txt"])
      expect(
        (
          await s3("PUT", `/replicas/${name}`, {
            body: `bytes of ${name}`,
            headers: { "content-md5": md5(`bytes of ${name}`) },
          })
        ).status,
      ).toBe(200);
    expect((await s3("GET", "/replicas/gen/a/wal/2.lz4")).text).toBe("bytes of gen/a/wal/2.lz4");
    const head = await s3("HEAD", "/replicas/gen/c.txt");
    expect([head.status, head.headers.get("content-length")]).toEqual([200, String("bytes of gen/c.txt".length)]);

    const listed = await s3("GET", "/replicas?delimiter=%2F&prefix=gen%2F");
    expect(listed.text).toContain("<CommonPrefixes><Prefix>gen/a/</Prefix></CommonPrefixes>");
    expect(listed.text).toContain("<CommonPrefixes><Prefix>gen/b/</Prefix></CommonPrefixes>");
    expect(listed.text).toContain("<Key>gen/c.txt</Key>");
    expect(listed.text).toContain("<IsTruncated>false</IsTruncated>");
    const page1 = await s3("GET", "/replicas?delimiter=%2F&max-keys=1&prefix=gen%2F");
    expect(page1.text).toMatch(/<IsTruncated>true<\/IsTruncated><NextMarker>gen\/a\/<\/NextMarker>/);
    const page2 = await s3("GET", "/replicas?delimiter=%2F&marker=gen%2Fa%2F&max-keys=1&prefix=gen%2F");
    expect(page2.text).toContain("<Prefix>gen/b/</Prefix></CommonPrefixes>");
    expect(page2.text).not.toContain("<Prefix>gen/a/</Prefix></CommonPrefixes>");
  });

  it("deletes many objects with POST ?delete (Content-MD5 required)", async () => {
    const doc =
      "<Delete><Object><Key>gen/a/wal/1.lz4</Key></Object><Object><Key>gen/a/wal/2.lz4</Key></Object></Delete>";
    const noMd5 = await s3("POST", "/replicas?delete", { body: doc });
    expect(noMd5.status).toBe(400);
    expect(noMd5.text).toContain("<Code>InvalidRequest</Code>");
    const done = await s3("POST", "/replicas?delete", { body: doc, headers: { "content-md5": md5(doc) } });
    expect(done.status).toBe(200);
    expect(done.text).toContain("<Deleted><Key>gen/a/wal/1.lz4</Key></Deleted>");
    expect(fake.objects("replicas").map((o) => o.key)).toEqual(["gen/b/snapshot.lz4", "gen/c.txt"]);
  });

  it("answers S3's errors in S3's XML: NoSuchKey, NoSuchBucket, SignatureDoesNotMatch, InvalidAccessKeyId, a body that does not match its hash", async () => {
    const missing = await s3("GET", "/replicas/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<Error><Code>NoSuchKey<\/Code><Message>The specified key does not exist.<\/Message><Key>nothing-here<\/Key>/,
    );
    const noBucket = await s3("GET", "/elsewhere?prefix=x");
    expect(noBucket.status).toBe(404);
    expect(noBucket.text).toContain(
      "<Code>NoSuchBucket</Code><Message>The specified bucket does not exist.</Message><BucketName>elsewhere</BucketName>",
    );
    expect((await s3("HEAD", "/replicas/nothing-here")).status).toBe(404);

    const wrongSecret = await s3("PUT", "/replicas/forged", { body: "x", secret: randomBytes(20).toString("base64") });
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.text).toContain("<Code>SignatureDoesNotMatch</Code>");
    expect(wrongSecret.text).not.toContain(keys.secret);
    const tampered = await s3("PUT", "/replicas/forged", {
      body: "changed on the way",
      payloadHash: signing.sha256Hex("original"),
    });
    expect(tampered.status).toBe(400);
    expect(tampered.text).toContain("<Code>XAmzContentSHA256Mismatch</Code>");
    const unsigned = await fetch(`${fake.url}/replicas/forged`, { method: "PUT", body: "x" });
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain("<Code>AccessDenied</Code>");
    const otherKey = await fetch(`${fake.url}/replicas/forged`, {
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=AKIDOTHER/20261205/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${"0".repeat(64)}`,
      },
    });
    expect([otherKey.status, (await otherKey.text()).includes("<Code>InvalidAccessKeyId</Code>")]).toEqual([403, true]);
    expect(fake.objects("replicas").map((o) => o.key)).not.toContain("forged");
  });

  it("accepts UNSIGNED-PAYLOAD, and aws-chunked uploads whose every chunk signature holds", async () => {
    expect((await s3("PUT", "/replicas/unsigned", { body: "free", payloadHash: "UNSIGNED-PAYLOAD" })).status).toBe(200);
    const data = randomBytes(70_000);
    const chunked = (tamper: boolean) => (seed: string, key: Buffer, amzDate: string, scope: string) => {
      const pieces = [data.subarray(0, 65536), data.subarray(65536), Buffer.alloc(0)];
      let previous = seed;
      return Buffer.concat(
        pieces.map((piece, i) => {
          previous = signing.sigV4ChunkSignature(key, amzDate, scope, previous, piece);
          const sent = tamper && i === 1 ? Buffer.from(piece).fill(0, 0, 1) : piece;
          return Buffer.concat([
            Buffer.from(`${piece.length.toString(16)};chunk-signature=${previous}\r\n`),
            sent,
            Buffer.from("\r\n"),
          ]);
        }),
      );
    };
    const streamingHeaders = {
      "content-encoding": "aws-chunked",
      "x-amz-decoded-content-length": String(data.length),
    };
    const good = await s3("PUT", "/replicas/chunked", {
      payloadHash: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
      headers: streamingHeaders,
      chunked: chunked(false),
    });
    expect(good.status).toBe(200);
    expect(fake.objects("replicas").find((o) => o.key === "chunked")?.size).toBe(data.length);
    const bad = await s3("PUT", "/replicas/chunked-bad", {
      payloadHash: "STREAMING-AWS4-HMAC-SHA256-PAYLOAD",
      headers: streamingHeaders,
      chunked: chunked(true),
    });
    expect(bad.status).toBe(403);
    expect(bad.text).toContain("<Code>SignatureDoesNotMatch</Code>");
  });

  it("assembles a multipart upload, and refuses parts under 5 MB except the last", async () => {
    const start = await s3("POST", "/replicas/big.lz4?uploads");
    const uploadId = /<UploadId>([^<]+)<\/UploadId>/.exec(start.text)![1]!;
    const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1000)];
    const etags: string[] = [];
    for (const [i, part] of parts.entries()) {
      const put = await s3("PUT", `/replicas/big.lz4?partNumber=${i + 1}&uploadId=${uploadId}`, { body: part });
      etags.push(put.headers.get("etag")!);
    }
    const complete = (order: number[]) =>
      `<CompleteMultipartUpload>${order.map((n) => `<Part><PartNumber>${n}</PartNumber><ETag>${etags[n - 1]}</ETag></Part>`).join("")}</CompleteMultipartUpload>`;
    const done = await s3("POST", `/replicas/big.lz4?uploadId=${uploadId}`, { body: complete([1, 2]) });
    expect(done.status).toBe(200);
    expect(done.text).toMatch(/<ETag>&quot;[0-9a-f]{32}-2&quot;<\/ETag>/);
    expect((await s3("GET", "/replicas/big.lz4")).text.length).toBeGreaterThan(0);
    expect(fake.objects("replicas").find((o) => o.key === "big.lz4")?.size).toBe(5 * 1024 * 1024 + 1000);

    const small = await s3("POST", "/replicas/small.lz4?uploads");
    const smallId = /<UploadId>([^<]+)<\/UploadId>/.exec(small.text)![1]!;
    etags.length = 0;
    for (const n of [1, 2])
      etags.push(
        (await s3("PUT", `/replicas/small.lz4?partNumber=${n}&uploadId=${smallId}`, { body: "tiny" })).headers.get(
          "etag",
        )!,
      );
    const refused = await s3("POST", `/replicas/small.lz4?uploadId=${smallId}`, { body: complete([1, 2]) });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("<Code>EntityTooSmall</Code>");
    expect((await s3("DELETE", `/replicas/small.lz4?uploadId=${smallId}`)).status).toBe(204);
  });
});
