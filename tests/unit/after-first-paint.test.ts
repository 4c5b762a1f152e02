// afterFirstPaint: the work runs once, in a task after the frame that follows the first contentful paint,
// or after a second when the tab paints nothing (opened in the background), or after the next frame in a
// browser without paint timing.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterFirstPaint } from "../../src/lib/after-first-paint";

let frames: (() => void)[] = [];
const nextFrame = () => frames.splice(0).forEach((callback) => callback());
let observers: ((entries: { getEntriesByName: (name: string) => unknown[] }) => void)[] = [];
const reportPaint = (name: string) =>
  observers.forEach((notify) => notify({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }));

class FakePaintObserver {
  constructor(private readonly notify: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {}
  observe({ type }: { type: string }) {
    if (type !== "paint") throw new TypeError(type);
    observers.push(this.notify);
  }
  disconnect() {
    observers = observers.filter((o) => o !== this.notify);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  observers = [];
  vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
  vi.stubGlobal("PerformanceObserver", FakePaintObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("afterFirstPaint", () => {
  it("waits for the first contentful paint, then a frame, then runs in a task after it, once", () => {
    const work = vi.fn();
    afterFirstPaint(work);
    nextFrame();
    reportPaint("first-paint");
    nextFrame();
    vi.advanceTimersByTime(500);
    expect(work).not.toHaveBeenCalled();
    reportPaint("first-contentful-paint");
    vi.advanceTimersByTime(10);
    expect(work).not.toHaveBeenCalled();
    nextFrame();
    expect(work).not.toHaveBeenCalled(); // inside the frame, before its paint
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(2000);
    expect(work).toHaveBeenCalledOnce();
  });

  it("runs after a second in a tab that paints nothing, and not again when it paints later", () => {
    const work = vi.fn();
    afterFirstPaint(work);
    vi.advanceTimersByTime(999);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
    reportPaint("first-contentful-paint");
    nextFrame();
    vi.advanceTimersByTime(10);
    expect(work).toHaveBeenCalledOnce();
  });

  it("runs after the next frame in a browser without paint timing", () => {
    vi.stubGlobal(
      "PerformanceObserver",
      class {
        observe() {
          throw new TypeError("paint");
        }
      },
    );
    const work = vi.fn();
    afterFirstPaint(work);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
  });
});
