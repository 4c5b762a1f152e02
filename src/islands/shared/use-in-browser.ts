// Islands that read this device's storage or the page's address render a neutral placeholder in the build
// and during hydration (neither has them), and switch right after.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the build and during hydration, true once React runs in the browser. */
export function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
