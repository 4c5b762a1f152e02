import { describe, expect, it } from "vitest";
import {
  ReplicaError,
  litestreamConfig,
  litestreamOutputFilter,
  storageProblem,
  readReplica,
  replicaInsideDataDir,
  restoreTime,
} from "../../../scripts/lib/replica.mjs";

describe("readReplica", () => {
  it("is off without a value", () => {
    expect(readReplica("", {}, "/app")).toBeNull();
    expect(readReplica(undefined, {}, "/app")).toBeNull();
  });

  it("reads a folder, relative or as a file:// address, with the default retention and snapshots", () => {
    const expected = {
      type: "file",
      path: "/srv/replica",
      url: "file:///srv/replica",
      retention: "72h",
      snapshotInterval: "6h",
    };
    expect(readReplica("/srv/replica", {}, "/app")).toEqual(expected);
    expect(readReplica("file:///srv/replica", {}, "/app")).toEqual(expected);
    expect(readReplica("../srv/replica", {}, "/app/x")).toMatchObject({ path: "/app/srv/replica" });
    expect(
      readReplica("/r", { JIANNUO_REPLICA_RETENTION: "168h", JIANNUO_REPLICA_SNAPSHOT_INTERVAL: "30m" }, "/"),
    ).toMatchObject({ retention: "168h", snapshotInterval: "30m" });
  });

  it("reads S3 on AWS, MinIO (path-style) and Alibaba OSS (virtual-hosted)", () => {
    expect(readReplica("s3://jiannuo-replicas/bank-a/", {}, "/")).toEqual({
      type: "s3",
      bucket: "jiannuo-replicas",
      path: "bank-a",
      endpoint: "",
      region: "",
      forcePathStyle: false,
      url: "s3://jiannuo-replicas/bank-a",
      retention: "72h",
      snapshotInterval: "6h",
    });
    expect(readReplica("s3://b01/x", { JIANNUO_REPLICA_ENDPOINT: "http://127.0.0.1:9000/" }, "/")).toMatchObject({
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
    });
    expect(
      readReplica(
        "s3://b01/x",
        {
          JIANNUO_REPLICA_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
          JIANNUO_REPLICA_REGION: "oss-cn-hangzhou",
          JIANNUO_REPLICA_FORCE_PATH_STYLE: "false",
        },
        "/",
      ),
    ).toMatchObject({ region: "oss-cn-hangzhou", forcePathStyle: false });
  });

  it.each([
    ["gcs://bucket/x", {}, "A replica is a folder (or file:///path) or S3-compatible storage"],
    ["s3://bucket/x?endpoint=y", {}, "the endpoint and region go in JIANNUO_REPLICA_ENDPOINT"],
    ["s3://B_ucket/x", {}, "is not an S3 bucket name"],
    ["s3://bucket/x", { JIANNUO_REPLICA_ENDPOINT: "oss.example.com" }, "JIANNUO_REPLICA_ENDPOINT must be"],
    ["s3://bucket/x", { JIANNUO_REPLICA_ENDPOINT: "https://a:b@oss.example.com" }, "JIANNUO_REPLICA_ENDPOINT must be"],
    ["s3://bucket/x", { JIANNUO_REPLICA_REGION: "cn hangzhou" }, "JIANNUO_REPLICA_REGION must be"],
    ["s3://bucket/x", { JIANNUO_REPLICA_FORCE_PATH_STYLE: "yes" }, "must be true or false"],
    ["/srv/r", { JIANNUO_REPLICA_ENDPOINT: "http://127.0.0.1:9000" }, "goes with an s3:// replica"],
    ["/srv/r", { JIANNUO_REPLICA_RETENTION: "3d" }, "JIANNUO_REPLICA_RETENTION must be hours or minutes"],
  ])("refuses %s with %j", (value, env, message) => {
    expect(() => readReplica(value, env, "/")).toThrow(ReplicaError);
    expect(() => readReplica(value, env, "/")).toThrow(message);
  });

  it("refuses credentials in the address without repeating them", () => {
    let message = "";
    try {
      readReplica("s3://AKIAEXAMPLE:very-secret@bucket/x", {}, "/");
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain("must not hold credentials");
    expect(message).not.toMatch(/very-secret|AKIAEXAMPLE/);
  });

  it("knows a folder replica inside the data folder", () => {
    const replica = readReplica("/srv/data/replica", {}, "/");
    expect(replicaInsideDataDir(replica, "/srv/data")).toBe(true);
    expect(replicaInsideDataDir(replica, "/srv/data/replica")).toBe(true);
    expect(replicaInsideDataDir(readReplica("/srv/data-replica", {}, "/"), "/srv/data")).toBe(false);
    expect(replicaInsideDataDir(readReplica("s3://bucket/srv/data", {}, "/"), "/srv/data")).toBe(false);
  });
});

describe("litestreamConfig", () => {
  it("writes a folder replica with Litestream's checkpoint settings", () => {
    expect(litestreamConfig("/srv/data/data.db", readReplica("/srv/replica $x", {}, "/")!)).toBe(
      [
        "# Written by Jiannuo (scripts/lib/replica.mjs); credentials come from the environment.",
        "dbs:",
        '  - path: "/srv/data/data.db"',
        "    monitor-interval: 1s",
        "    checkpoint-interval: 1m",
        "    min-checkpoint-page-count: 1000",
        "    max-checkpoint-page-count: 10000",
        "    replicas:",
        "      - type: file",
        '        path: "/srv/replica $x"',
        "        sync-interval: 1s",
        "        snapshot-interval: 6h",
        "        retention: 72h",
        "",
      ].join("\n"),
    );
  });

  it("writes S3 settings for Alibaba OSS, never a credential", () => {
    const replica = readReplica(
      "s3://jiannuo-replicas/bank-a",
      {
        JIANNUO_REPLICA_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
        JIANNUO_REPLICA_REGION: "oss-cn-hangzhou",
        JIANNUO_REPLICA_FORCE_PATH_STYLE: "false",
        LITESTREAM_ACCESS_KEY_ID: "AKIAEXAMPLE",
        LITESTREAM_SECRET_ACCESS_KEY: "very-secret",
      },
      "/",
    )!;
    const text = litestreamConfig("/d/data.db", replica);
    expect(text).toContain(
      [
        "      - type: s3",
        '        bucket: "jiannuo-replicas"',
        '        path: "bank-a"',
        '        endpoint: "https://oss-cn-hangzhou.aliyuncs.com"',
        '        region: "oss-cn-hangzhou"',
        "        force-path-style: false",
      ].join("\n"),
    );
    expect(text).not.toMatch(/AKIAEXAMPLE|very-secret|access-key|secret/);
  });
});

describe("restoreTime", () => {
  it("reads times with an offset or Z as they say", () => {
    expect(restoreTime("2026-12-04T10:30:00+08:00")).toBe("2026-12-04T02:30:00.000Z");
    expect(restoreTime("2026-12-04 02:30Z")).toBe("2026-12-04T02:30:00.000Z");
    expect(restoreTime("2026-12-04T02:30:05.250z")).toBe("2026-12-04T02:30:05.250Z");
  });

  it("reads a time without an offset as this computer's local time", () => {
    expect(restoreTime("2026-12-04 10:30")).toBe(new Date(2026, 11, 4, 10, 30).toISOString());
  });

  it.each(["yesterday", "2026-12-04", "2026-02-30T10:00Z", "2026-12-04T24:00Z", "2026-12-04T10:61Z", "10:30"])(
    "refuses %j",
    (text) => {
      expect(() => restoreTime(text)).toThrow(ReplicaError);
    },
  );
});

describe("litestreamOutputFilter", () => {
  it("passes warnings and errors once a minute each, nothing of the routine, nor the shutdown's own note", () => {
    let now = 0;
    const keep = litestreamOutputFilter(60_000, () => now);
    const error = (t: string) => `time=${t} level=ERROR msg="monitor error" error="dial tcp: connection refused"`;
    expect(keep('time=x level=INFO msg="wal segment written" sz=4152')).toBeNull();
    expect(keep(error("a"))).toBe(error("a"));
    now = 30_000;
    expect(keep(error("b"))).toBeNull();
    now = 61_000;
    expect(keep(error("c"))).toBe(error("c"));
    expect(keep('time=d level=ERROR msg="failed to run" error="checkpoint: context canceled"')).toBeNull();
  });
});

describe("a storage problem, in one sentence", () => {
  const replica = readReplica("s3://jiannuo-replicas/main", { JIANNUO_REPLICA_ENDPOINT: "http://10.0.0.5:9000" }, "/")!;
  // Litestream's line for an S3 answer, as aws-sdk-go words it (the request id differs every time).
  const refused = (id: string) =>
    `time=2026-12-05T03:24:09Z level=ERROR msg="monitor error" db=/srv/data.db replica=s3 error="SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided. Check your key and signing method.\\n\\tstatus code: 403, request id: ${id}, host id: "`;

  it("names the setting to fix, once a minute although S3's request ids differ", () => {
    let now = 0;
    const keep = litestreamOutputFilter(60_000, () => now, replica);
    const sentence =
      "s3://jiannuo-replicas/main at http://10.0.0.5:9000 fails: the storage refuses the signature (SignatureDoesNotMatch): LITESTREAM_SECRET_ACCESS_KEY is not the secret of LITESTREAM_ACCESS_KEY_ID. No change reaches the replica until this is fixed.";
    expect(keep(refused("A1"))).toBe(sentence);
    now = 1000;
    expect(keep(refused("B2"))).toBeNull();
    now = 61_000;
    expect(keep(refused("C3"))).toBe(sentence);
  });

  it.each([
    ["InvalidAccessKeyId: The AWS Access Key Id you provided does not exist", "check LITESTREAM_ACCESS_KEY_ID"],
    ["NoSuchBucket: The specified bucket does not exist", 'the bucket "jiannuo-replicas" does not exist there'],
    ["AuthorizationHeaderMalformed: the region 'us-east-1' is wrong", "set JIANNUO_REPLICA_REGION"],
    [
      "SecondLevelDomainForbidden: Please use virtual hosted style to access.",
      "JIANNUO_REPLICA_FORCE_PATH_STYLE=false",
    ],
    [
      "RequestError: send request failed\\ncaused by: dial tcp 10.0.0.5:9000: connect: connection refused",
      "cannot be reached",
    ],
  ])("%s", (error, expected) => {
    expect(storageProblem(`level=ERROR error="${error}"`, replica)).toContain(expected);
  });

  it("leaves a folder replica's errors as Litestream wrote them", () => {
    expect(storageProblem('error="AccessDenied"', readReplica("/mnt/replica", {}, "/"))).toBeNull();
  });
});
