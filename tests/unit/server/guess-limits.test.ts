import { describe, expect, it } from "vitest";
import { DEFAULTS, DEVICE_HEADER, deviceOf, guessLimits } from "../../../pocketbase/pb_hooks/lib/pure/guess-limits.js";
import { DEVICE_HEADER as CLIENT_DEVICE_HEADER } from "../../../src/stores/device";
import { newRandomKey } from "../../../src/lib/random-key";

const env = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("the failed-guess limits", () => {
  it("stop one device long before the room's address, and link floods far above both", () => {
    const limits = guessLimits(env({}));
    expect(limits).toEqual({ windowMs: 600_000, device: 10, address: { join: 100, token: 1000 } });
    expect(limits.address.join).toBeGreaterThanOrEqual(10 * limits.device);
    expect(DEFAULTS.windowSeconds).toBe(600);
  });

  it("take the environment's whole positive numbers, and ignore anything else", () => {
    const limits = guessLimits(
      env({
        JIANNUO_GUESS_WINDOW_SECONDS: "4",
        JIANNUO_GUESS_DEVICE_MAX_FAILURES: " 3 ",
        JIANNUO_GUESS_ADDRESS_MAX_FAILURES: "12",
        JIANNUO_LINK_ADDRESS_MAX_FAILURES: "-5",
      }),
    );
    expect(limits).toEqual({ windowMs: 4000, device: 3, address: { join: 12, token: 1000 } });
    expect(guessLimits(env({ JIANNUO_GUESS_DEVICE_MAX_FAILURES: "2.5" })).device).toBe(10);
  });
});

describe("the device a request names", () => {
  it("is the id the site's pages send, in the header they send it in", () => {
    expect(CLIENT_DEVICE_HEADER).toBe(DEVICE_HEADER);
    const id = newRandomKey();
    expect(deviceOf(id)).toBe(id);
  });

  it("is none for a missing, short, long or odd value", () => {
    for (const value of [undefined, "", "short", "x".repeat(65), `${"x".repeat(40)} ;`, "x".repeat(10_000)]) {
      expect(deviceOf(value)).toBe("");
    }
  });
});
