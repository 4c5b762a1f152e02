// Request body limits (pocketbase/pb_hooks/lib/pure/body-limits.js), run in Node.
import { describe, expect, it } from "vitest";
import { API_BODY_MAX, bodyLimitOf } from "../../../pocketbase/pb_hooks/lib/pure/body-limits.js";
import * as contract from "../../../pocketbase/pb_hooks/lib/generated/contract.js";

type Limits = { max?: number; maxSize?: number };

/**
 * The largest body a client can legitimately send to create a record of a collection: every text at
 * its limit with each character \u-escaped as a surrogate pair (12 bytes), json at its size escaped
 * (6 bytes a byte), and 100 bytes a field for its name, other values and punctuation.
 */
function largestBody(collection: string): number {
  const limits = ((contract as Record<string, unknown>)[`${collection.toUpperCase()}_FIELDS`] ?? {}) as Record<
    string,
    Limits
  >;
  const types = contract.FIELD_TYPES[collection as keyof typeof contract.FIELD_TYPES] as Record<string, string>;
  let bytes = 0;
  for (const [field, type] of Object.entries(types)) {
    const l = limits[field] ?? {};
    if (type === "text") bytes += 12 * (l.max ?? 5000);
    if (type === "json") bytes += 6 * (l.maxSize ?? 0);
    bytes += 100;
  }
  return bytes;
}

describe("bodyLimitOf", () => {
  it("gives every collection's largest legitimate record room under the API's limit", () => {
    for (const collection of ["trainers", "cohorts", "participants", "commitments", "checkins", "exercise_results"]) {
      expect(largestBody(collection), collection).toBeLessThan(API_BODY_MAX);
    }
  });

  it("gives the join and link routes their own, tighter limits, counted as guesses", () => {
    expect(bodyLimitOf("POST", "/api/jiannuo/join", false)).toEqual({ max: 8192, scope: "join" });
    expect(bodyLimitOf("POST", "/api/jiannuo/checkin", false)).toEqual({ max: 16384, scope: "token" });
    expect(bodyLimitOf("POST", "/api/jiannuo/unsubscribe", false)).toEqual({ max: 4096, scope: "token" });
    expect(largestBody("checkins")).toBeLessThan(16384);
  });

  it("caps our other routes, superusers' too, and every other request but a superuser's", () => {
    expect(bodyLimitOf("POST", "/api/jiannuo/cohorts/abc/join-code", false)).toEqual({ max: 4096, scope: "" });
    expect(bodyLimitOf("POST", "/api/jiannuo/followups/run", true)).toEqual({ max: 4096, scope: "" });
    expect(bodyLimitOf("POST", "/api/collections/commitments/records", false)).toEqual({
      max: API_BODY_MAX,
      scope: "",
    });
    expect(bodyLimitOf("POST", "/api/collections/_superusers/auth-with-password", false)).toEqual({
      max: API_BODY_MAX,
      scope: "",
    });
    expect(bodyLimitOf("POST", "/api/backups/upload", true)).toEqual({ max: 0, scope: "" });
  });
});
