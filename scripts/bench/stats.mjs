// Timing helpers for the benchmarks.
import { readFileSync } from "node:fs";

/**
 * Starts `step(i)` for i < count, all at once or the i-th at i × spreadMs / count; returns the wall
 * time from the first start to the last finish.
 */
export async function spread(count, spreadMs, step) {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      if (spreadMs) await new Promise((r) => setTimeout(r, (i * spreadMs) / count));
      await step(i);
    }),
  );
  return performance.now() - start;
}

/**
 * Starts `count` calls of `task(i)`, all at once or evenly over `spreadMs`; returns each call's
 * latency and the wall time.
 */
export async function timed(count, task, spreadMs = 0) {
  const latencies = [];
  const wallMs = await spread(count, spreadMs, async (i) => {
    const t0 = performance.now();
    await task(i);
    latencies.push(performance.now() - t0);
  });
  return { latencies, wallMs };
}

/** The p-th percentile (0–100) of the values, rounded to 0.1. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index] * 10) / 10;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; null elsewhere).
 * Clock ticks are taken as 100 per second, the kernel's USER_HZ on Linux.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
