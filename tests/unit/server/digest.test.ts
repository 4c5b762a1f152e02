import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  base64,
  byteLength,
  hex,
  hmacSha256,
  sha256,
  truncateBytes,
  utf8Bytes,
} from "../../../pocketbase/pb_hooks/lib/pure/digest.js";

const TEXTS = [
  "",
  "abc",
  "践诺 Jiannuo：每周一次反馈",
  "emoji 👩‍💼 and 𝄞",
  "x".repeat(55),
  "y".repeat(64),
  "z".repeat(1000),
];

describe("plain-JavaScript digests, as Node computes them", () => {
  it.each(TEXTS)("UTF-8 bytes and SHA-256 of %j", (text) => {
    expect(utf8Bytes(text)).toEqual([...Buffer.from(text, "utf8")]);
    expect(byteLength(text)).toBe(Buffer.byteLength(text));
    expect(hex(sha256(text))).toBe(createHash("sha256").update(text).digest("hex"));
  });

  it.each([
    ["short key", "message"],
    ["SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd", "1700000000000\nSEC0123"],
    ["k".repeat(100), "a key longer than a block is hashed first"],
    ["秘钥", "中文消息"],
  ])("HMAC-SHA256 under %j", (key, message) => {
    expect(hex(hmacSha256(key, message))).toBe(createHmac("sha256", key).update(message).digest("hex"));
    expect(base64(hmacSha256(key, message))).toBe(createHmac("sha256", key).update(message).digest("base64"));
  });

  it("chains HMACs keyed by earlier HMACs' raw bytes (Tencent Cloud's key derivation)", () => {
    const node = createHmac("sha256", createHmac("sha256", "TC3secret").update("2026-12-01").digest())
      .update("sms")
      .digest("hex");
    expect(hex(hmacSha256(hmacSha256("TC3secret", "2026-12-01"), "sms"))).toBe(node);
  });

  it("writes base64 with padding for every length", () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });

  it("turns a lone surrogate into U+FFFD, as TextEncoder does", () => {
    expect(utf8Bytes("a\uD800b")).toEqual([...new TextEncoder().encode("a\uD800b")]);
    expect(utf8Bytes("\uDC00")).toEqual([...new TextEncoder().encode("\uDC00")]);
  });
});

describe("cutting text to a byte budget", () => {
  it("keeps text within the budget as it is", () => {
    expect(truncateBytes("践诺", 6)).toBe("践诺");
  });

  it("cuts between characters and marks the cut", () => {
    const cut = truncateBytes("践诺践诺践诺", 10);
    expect(cut).toBe("践诺…");
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(10);
    expect(truncateBytes("👩‍💼👩‍💼", 8)).not.toMatch(/\uFFFD/);
  });
});
