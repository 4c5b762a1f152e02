// Reading an exercise store in an island without a hydration mismatch, and moving focus after an action.
import { useStore } from "@nanostores/react";
import { useCallback, useEffect, useRef } from "react";
import type { ReadableAtom } from "nanostores";

/**
 * The store's value; during hydration React sees `start`, the state the build rendered (it has no
 * localStorage), and re-renders with this device's saved state right after.
 */
export function useExerciseState<T>(store: ReadableAtom<T>, start: T): T {
  return useStore(store, { ssr: () => start });
}

/**
 * Returns `focusAfterRender(pick)`: after the next render, focuses the element `pick` returns. Handlers
 * call it when their action removes or replaces the focused control, so focus is never lost to the page.
 */
export function useFocusAfterRender(): (pick: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const pick = pending.current;
    pending.current = null;
    pick?.()?.focus();
  });
  return useCallback((pick) => {
    pending.current = pick;
  }, []);
}
