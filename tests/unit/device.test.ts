import { cleanTestStorage, getTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { cleanStores } from "nanostores";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { $deviceId, DEVICE_HEADER, deviceHeaders } from "../../src/stores/device";

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores($deviceId);
  cleanTestStorage();
});

describe("the device id", () => {
  it("is made on first use, kept, and sent in the same header every time", () => {
    const first = deviceHeaders();
    expect(Object.keys(first)).toEqual([DEVICE_HEADER]);
    expect(first[DEVICE_HEADER]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deviceHeaders()).toEqual(first);
    expect(getTestStorage()["jiannuo:device"]).toBe(first[DEVICE_HEADER]);
  });

  it("is another one on another device (or after the device was handed on)", () => {
    const first = deviceHeaders()[DEVICE_HEADER];
    $deviceId.set("");
    expect(deviceHeaders()[DEVICE_HEADER]).not.toBe(first);
  });
});
