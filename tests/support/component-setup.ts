// Component tests: unmount what each test rendered and start every test with empty device storage.
import { afterAll, afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// nanostores unmounts a store one second after its last listener left (STORE_UNMOUNT_DELAY), and a
// persistent store then removes its window listener: let that happen while jsdom's window still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));
