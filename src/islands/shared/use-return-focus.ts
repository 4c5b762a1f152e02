// When a question or a small form closes, the control that opened it is gone from under the keyboard:
// focus goes back to that control instead of falling to the page.
import { useEffect, useRef, type RefObject } from "react";

/** Focuses `target` each time `open` turns false after having been true. */
export function useReturnFocus(open: boolean, target: RefObject<HTMLElement | null>): void {
  const opened = useRef(false);
  useEffect(() => {
    if (!open && opened.current) target.current?.focus();
    opened.current ||= open;
  }, [open, target]);
}
