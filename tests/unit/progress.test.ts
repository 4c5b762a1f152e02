// The device's course progress: actions record each module and exercise once, in localStorage.
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from "@nanostores/persistent";
import { cleanStores, keepMount } from "nanostores";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { $progress, decodeProgress, markExerciseDone, markModuleVisited } from "../../src/stores/progress";

const KEY = "jiannuo:progress";

beforeAll(() => useTestStorageEngine());

afterEach(() => {
  $progress.set({ visited: [], exercisesDone: [] });
  cleanStores($progress);
  cleanTestStorage();
});

describe("markModuleVisited", () => {
  it("records each module once, in the order visited, under jiannuo:progress", () => {
    markModuleVisited("eoac");
    markModuleVisited("service-mindset");
    markModuleVisited("eoac");
    expect($progress.get().visited).toEqual(["eoac", "service-mindset"]);
    expect(JSON.parse(getTestStorage()[KEY] ?? "null")).toEqual({
      visited: ["eoac", "service-mindset"],
      exercisesDone: [],
    });
  });

  it("ignores an empty slug", () => {
    markModuleVisited("");
    expect($progress.get().visited).toEqual([]);
  });
});

describe("markExerciseDone", () => {
  it("records each exercise once and keeps the visited modules", () => {
    markModuleVisited("eoac");
    markExerciseDone("eoac-builder");
    markExerciseDone("eoac-builder");
    markExerciseDone("mindset-sort");
    expect($progress.get()).toEqual({ visited: ["eoac"], exercisesDone: ["eoac-builder", "mindset-sort"] });
  });
});

describe("stored progress", () => {
  it("is read back when the store mounts", () => {
    setTestStorageKey(KEY, JSON.stringify({ visited: ["belonging"], exercisesDone: ["belonging-assessment"] }));
    keepMount($progress);
    expect($progress.get()).toEqual({ visited: ["belonging"], exercisesDone: ["belonging-assessment"] });
  });

  it.each([
    ["not JSON", "{oops"],
    ["null", "null"],
    ["wrong shape", JSON.stringify({ visited: "eoac", exercisesDone: 3 })],
  ])("counts %s as no progress", (_name, stored) => {
    expect(decodeProgress(stored)).toEqual({ visited: [], exercisesDone: [] });
  });

  it("drops non-string and duplicate entries", () => {
    const stored = JSON.stringify({ visited: ["eoac", 7, "eoac", ""], exercisesDone: [null, "mindset-sort"] });
    expect(decodeProgress(stored)).toEqual({ visited: ["eoac"], exercisesDone: ["mindset-sort"] });
  });
});
