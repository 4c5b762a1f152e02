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
  ["\tx", "'\tx"],
  // Full-width formula characters, typed by a Chinese input method.
  ["＝1+1", "'＝1+1"],
  ["＋86 138", "'＋86 138"],
  ["－5", "'－5"],
  ["＠SUM(1)", "'＠SUM(1)"],
  // Whitespace, line breaks or zero-width characters before the formula character.
  [" =1+1", "' =1+1"],
  ["\u3000=1+1", "'\u3000=1+1"],
  ["\u00A0+1", "'\u00A0+1"],
  ["\n=1+1", '"\'\n=1+1"'],
  ["\r\n=1+1", '"\'\r\n=1+1"'],
  [" \t @x", "' \t @x"],
  ["\u200B=1", "'\u200B=1"],
  // Text that merely contains such a character later stays as it is.
  ["a=1", "a=1"],
  ["做到了 -> 下一步", "做到了 -> 下一步"],
  ["   ", "   "],
  [null, ""],
  [7, "7"],
])("cell %j → %j", (value, cell) => expect(csvCell(value)).toBe(cell));

it("starts with a BOM and ends lines with CRLF", () => {
  expect(toCsv(["a", "b"], [["1", "2"]])).toBe("\uFEFFa,b\r\n1,2\r\n");
});
