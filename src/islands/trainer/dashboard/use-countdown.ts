// Seconds left until a moment, counted down once a second while there are any.
import { useEffect, useState } from "react";

/** Whole seconds from now until `endMs` (0 once it has passed, and for null), at most `most`. */
export function useCountdown(endMs: number | null, most = Number.POSITIVE_INFINITY): number {
  const [now, setNow] = useState(() => Date.now());
  // The server's clock may run a little ahead of this device's: never show more than the link's life.
  const left = endMs === null ? 0 : Math.min(most, Math.max(0, Math.ceil((endMs - now) / 1000)));
  useEffect(() => {
    if (endMs === null || left === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endMs, left === 0]);
  return left;
}

/** Seconds as "m:ss". */
export function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
