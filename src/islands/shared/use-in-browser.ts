// Islands that read this device's storage or the page's address render a neutral placeholder in the build
// and during hydration (neither has them), and switch right after.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** `read()` once React runs in the browser; null in the build and during hydration. */
export function useBrowserValue<T>(read: () => T): T | null {
  return useSyncExternalStore(noSubscription, read, () => null);
}

const inBrowser = () => true;

/** False in the build and during hydration, true once React runs in the browser. */
export function useInBrowser(): boolean {
  return useBrowserValue(inBrowser) ?? false;
}
