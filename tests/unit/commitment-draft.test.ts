import { beforeAll, beforeEach, expect, it } from "vitest";
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from "@nanostores/persistent";
import { $drafts, EMPTY_DRAFT, clearDraft, draftOf, editDraft } from "../../src/stores/commitment-draft";

beforeAll(() => useTestStorageEngine());
beforeEach(() => {
  cleanTestStorage();
  $drafts.set({});
});

it("keeps each keystroke in device storage, per module", () => {
  editDraft("eoac", { action: "每" });
  editDraft("eoac", { action: "每周" });
  editDraft("belonging", { kind: "team" });
  expect(JSON.parse(getTestStorage()["jiannuo:drafts"]!)).toEqual({
    eoac: { ...EMPTY_DRAFT, action: "每周" },
    belonging: { ...EMPTY_DRAFT, kind: "team" },
  });
  expect(draftOf("eoac").action).toBe("每周");
  expect(draftOf("service-mindset")).toEqual(EMPTY_DRAFT);
});

it("clears one module's draft only", () => {
  editDraft("eoac", { action: "A" });
  editDraft("belonging", { action: "B" });
  clearDraft("eoac");
  expect(Object.keys($drafts.get())).toEqual(["belonging"]);
});
