import { expect, it } from "vitest";
import { csvCell, toCsv } from "../../../pocketbase/pb_hooks/lib/pure/csv.js";

it.each([
  ["plain", "plain"],
  ["有逗号,的", '"有逗号,的"'],
  ['say "hi"', '"say ""hi"""'],
  ["two\nlines", '"two\nlines"'],
  ["=1+1", "'=1+1"],
  ["+86 138", "'+86 138"],
  ["-5", "'-5"],
  ["@cmd", "'@cmd"],
  [null, ""],
  [7, "7"],
])("cell %j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

it("starts with a BOM and ends lines with CRLF", () => {
  expect(toCsv(["a", "b"], [["1", "2"]])).toBe("\uFEFFa,b\r\n1,2\r\n");
});
