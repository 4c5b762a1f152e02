// The loop the outbox and the exercise results share: never two runs at once, and no request lost.
import { describe, expect, it } from "vitest";
import { oneRunAtATime } from "../../src/lib/one-run-at-a-time";

/** A run that finishes only when the test says so, and tells the test when the next run starts. */
function controlledRun() {
  const asked: number[] = [];
  const finishers: (() => void)[] = [];
  let started: (request: number) => void = () => {};
  const run = (request: number) => {
    asked.push(request);
    started(request);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  /** Finishes the current run; resolves with the request of the run that starts next. */
  const finishAndAwaitNext = () => {
    const next = new Promise<number>((resolve) => (started = resolve));
    finishers.shift()?.();
    return next;
  };
  const finish = () => finishers.shift()?.();
  return { asked, run, finishAndAwaitNext, finish, pending: () => finishers.length };
}

describe("oneRunAtATime", () => {
  it("runs once per call when calls do not overlap", async () => {
    const { asked, run, finish } = controlledRun();
    const job = oneRunAtATime(run);
    const first = job(1);
    finish();
    await first;
    const second = job(2);
    finish();
    await second;
    expect(asked).toEqual([1, 2]);
  });

  it("folds the calls made during a run into one more run after it, and settles once idle", async () => {
    const { asked, run, finishAndAwaitNext, finish, pending } = controlledRun();
    let settled = 0;
    const job = oneRunAtATime(
      run,
      (waiting: number | undefined, next: number) => (waiting ?? 0) + next,
      () => settled++,
    );
    const first = job(1);
    const second = job(10);
    const third = job(100);
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(asked).toEqual([1]);
    expect(pending()).toBe(1); // never two at once
    expect(await finishAndAwaitNext()).toBe(110);
    expect(asked).toEqual([1, 110]);
    expect(settled).toBe(0);
    finish();
    await first;
    expect(settled).toBe(1);
  });

  it("by default hands the next run the latest request", async () => {
    const { asked, run, finishAndAwaitNext, finish } = controlledRun();
    const job = oneRunAtATime(run);
    const done = job(1);
    job(2);
    job(3);
    expect(await finishAndAwaitNext()).toBe(3);
    finish();
    await done;
    expect(asked).toEqual([1, 3]);
  });

  it("starts afresh after a run that failed", async () => {
    const asked: number[] = [];
    const job = oneRunAtATime(async (request: number) => {
      asked.push(request);
      if (request === 1) throw new Error("refused");
    });
    await expect(job(1)).rejects.toThrow("refused");
    await job(2);
    expect(asked).toEqual([1, 2]);
  });
});
