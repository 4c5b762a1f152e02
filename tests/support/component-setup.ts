// Component tests: unmount what each test rendered, and start every test with empty device storage and
// the real globals (fetch, URL, print …) and methods (spied on with vi.spyOn) back.
import { afterAll, afterEach, vi } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// nanostores unmounts a store one second after its last listener left (STORE_UNMOUNT_DELAY), and a
// persistent store then removes its window listener: let that happen while jsdom's window still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));
