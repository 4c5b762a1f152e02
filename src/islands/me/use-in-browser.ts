// Islands that read this device's storage render a neutral placeholder in the build and during hydration.
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
