// The device in store and island tests: @nanostores/persistent's test storage engine instead of
// localStorage, emptied before each test, with nobody signed in.
import { cleanTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { beforeAll, beforeEach } from "vitest";
import { leaveSession } from "../../src/stores/session";

/** Call at the top of a test file, before its own beforeEach: each test starts on a fresh device. */
export function useFreshDevice(): void {
  beforeAll(() => useTestStorageEngine());
  beforeEach(() => {
    cleanTestStorage();
    leaveSession();
  });
}
