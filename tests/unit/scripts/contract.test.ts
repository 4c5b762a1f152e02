import { describe, expect, it } from "vitest";
import { fieldLimits, joinCodeRules } from "../../../scripts/lib/contract.mjs";

const collection = (name: string, fields: object[]) => ({ name, type: "base", fields: JSON.stringify(fields) });

describe("the contract read from the migrations", () => {
  it("reads the join code's alphabet and length from the pattern of cohorts.joinCode", () => {
    const cohorts = collection("cohorts", [{ name: "joinCode", type: "text", pattern: "^[ABC234]{5}$" }]);
    expect(joinCodeRules([cohorts])).toEqual({ pattern: "^[ABC234]{5}$", alphabet: "ABC234", length: 5 });
  });

  it("refuses a join-code pattern it cannot read an alphabet from", () => {
    const cohorts = collection("cohorts", [{ name: "joinCode", type: "text", pattern: "^[A-Z2-9]{6}$" }]);
    expect(() => joinCodeRules([cohorts])).toThrow(/ALPHABET/);
  });

  it("keeps each field's limits, patterns and choices, without the id, hidden fields or bare required flags", () => {
    const notes = collection("notes", [
      { name: "id", type: "text", required: true, min: 15, max: 15, pattern: "^[a-z0-9]+$" },
      { name: "owner", type: "relation", required: true },
      { name: "text", type: "text", required: true, min: 0, max: 500, pattern: "" },
      { name: "secret", type: "text", hidden: true, max: 64 },
      { name: "stars", type: "number", min: 1, max: null, onlyInt: true },
      { name: "mood", type: "select", values: ["good", "bad"] },
    ]);
    expect(fieldLimits([notes])).toEqual([
      [
        "notes",
        { text: { required: true, max: 500 }, stars: { min: 1, onlyInt: true }, mood: { values: ["good", "bad"] } },
      ],
    ]);
  });
});
