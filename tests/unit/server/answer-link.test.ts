import { createHash, createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  LINK_DAYS,
  TOKEN_PATTERN,
  isLinkLive,
  linkExpiry,
  mergeShown,
  shownIds,
  showsCommitment,
  tokenOfDigest,
} from "../../../pocketbase/pb_hooks/lib/pure/answer-link.js";

describe("answer links", () => {
  it("work for 30 days from the email's sending, whenever that is", () => {
    const sent = Date.parse("2027-06-01T01:00:05Z");
    expect(LINK_DAYS).toBe(30);
    expect(linkExpiry(sent)).toBe("2027-07-01 01:00:05.000Z");
    expect(isLinkLive(linkExpiry(sent), sent + 29 * 86400000)).toBe(true);
    expect(isLinkLive(linkExpiry(sent), sent + 30 * 86400000)).toBe(false);
    expect(isLinkLive("", sent)).toBe(false);
  });

  it("answer only the commitments their email showed", () => {
    const stored = JSON.stringify(["k1", "k2"]);
    expect(showsCommitment(stored, "k1")).toBe(true);
    expect(showsCommitment(stored, "k3")).toBe(false);
    expect(showsCommitment(stored, "")).toBe(false);
    expect(showsCommitment("", "k1")).toBe(false); // nothing stored: nothing answerable
    expect(showsCommitment("null", "k1")).toBe(false);
    expect(showsCommitment('{"k1":true}', "k1")).toBe(false);
    expect(shownIds(["k1", 7, "k2"])).toEqual(["k1", "k2"]);
  });

  it("keep what an earlier copy of the same email showed", () => {
    expect(mergeShown(JSON.stringify(["k1", "k2"]), ["k2", "k3"])).toEqual(["k1", "k2", "k3"]);
    expect(mergeShown("", ["k1"])).toEqual(["k1"]);
  });
});

describe("tokens", () => {
  const reference = (hex: string) => {
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let n = BigInt(`0x${hex}`);
    let out = "";
    while (n > 0n) {
      out = alphabet[Number(n % 62n)] + out;
      n /= 62n;
    }
    return out.padStart(43, "0");
  };

  it("spell a 256-bit digest in 43 letters and digits, without losing any of it", () => {
    expect(tokenOfDigest("0".repeat(64))).toBe("0".repeat(43));
    expect(tokenOfDigest("f".repeat(64))).toBe(reference("f".repeat(64)));
    expect(tokenOfDigest("f".repeat(64))).toMatch(TOKEN_PATTERN);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const hex = randomBytes(32).toString("hex");
      const token = tokenOfDigest(hex);
      expect(token).toMatch(TOKEN_PATTERN);
      expect(token).toBe(reference(hex));
      seen.add(token);
    }
    expect(seen.size).toBe(200);
  });

  it("are the same for the same key and follow-up (a resend repeats them), different otherwise", () => {
    const token = (secret: string, id: string) =>
      tokenOfDigest(createHmac("sha256", secret).update(`followup:${id}`).digest("hex"));
    expect(token("s", "f1")).toBe(token("s", "f1"));
    expect(token("s", "f1")).not.toBe(token("s", "f2"));
    expect(token("s", "f1")).not.toBe(token("other", "f1"));
  });

  it("refuse anything but a 256-bit hex digest", () => {
    expect(() => tokenOfDigest(createHash("sha1").update("x").digest("hex"))).toThrow();
    expect(() => tokenOfDigest("F".repeat(64))).toThrow();
  });
});
