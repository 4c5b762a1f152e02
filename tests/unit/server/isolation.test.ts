import { describe, expect, it } from "vitest";
import { asksIsolation, isolationFields } from "../../../pocketbase/pb_hooks/lib/pure/isolation.js";

describe("asksIsolation", () => {
  it("asks from the 45-day follow-up on", () => {
    expect([7, 21, 44, 45, 90].map(asksIsolation)).toEqual([false, false, false, true, true]);
    expect(asksIsolation(undefined)).toBe(false);
  });
});

describe("isolationFields", () => {
  it("stores whole percentages, 0 included, marked as given", () => {
    expect(isolationFields({ share: 0, sure: 100 })).toEqual({
      isolationGiven: true,
      isolationShare: 0,
      isolationSure: 100,
    });
  });

  it("takes the estimate back on null", () => {
    expect(isolationFields(null)).toEqual({ isolationGiven: false, isolationShare: 0, isolationSure: 0 });
  });

  it("refuses anything else", () => {
    for (const bad of [
      { share: 101, sure: 50 },
      { share: 50 },
      { share: 2.5, sure: 50 },
      { share: "50", sure: 50 },
      [],
      50,
      undefined,
    ])
      expect(isolationFields(bad)).toEqual({ error: "jiannuo_isolation_invalid" });
  });
});
