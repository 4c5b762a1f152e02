import { describe, expect, it } from "vitest";
import {
  calendarDay,
  MAX_CSV_CHARS,
  MAX_VALUES,
  readResultValues,
} from "../../../pocketbase/pb_hooks/lib/pure/result-values-csv.js";

describe("readResultValues", () => {
  it("reads a date and a value per row, skipping a header, blank lines and Excel's byte-order mark", () => {
    const csv = '\uFEFF日期,投诉率\r\n2026-11-20,3.2\r\n\r\n2026/12/1,"1,250.5"\n2027.1.15,-0.5\n';
    expect(readResultValues(csv)).toEqual({
      values: [
        { measuredOn: "2026-11-20", value: 3.2 },
        { measuredOn: "2026-12-01", value: 1250.5 },
        { measuredOn: "2027-01-15", value: -0.5 },
      ],
      errors: {},
    });
  });

  it("reads 0 as a value, and semicolons or tabs as separators", () => {
    expect(readResultValues("2026-11-20;0\n2026-11-27\t4").values).toEqual([
      { measuredOn: "2026-11-20", value: 0 },
      { measuredOn: "2026-11-27", value: 4 },
    ]);
  });

  it("names every bad row by its line number and why", () => {
    const csv = [
      "date,value",
      "2026-11-20,3.2",
      "2026-02-30,1",
      "2026-11-21,三",
      "2026-11-22",
      "2026-11-23,1,2",
      "2026-11-20,4",
      "2026-11-24,1e400",
    ].join("\n");
    expect(readResultValues(csv).errors).toEqual({
      row3: "jiannuo_results_csv_date",
      row4: "jiannuo_results_csv_value",
      row5: "jiannuo_results_csv_columns",
      row6: "jiannuo_results_csv_columns",
      row7: "jiannuo_results_csv_same_day",
      row8: "jiannuo_results_csv_value",
    });
  });

  it("takes a bad first row for a row, not a header, when its value is a number", () => {
    expect(readResultValues("20261120,3\n2026-11-21,4").errors).toEqual({ row1: "jiannuo_results_csv_date" });
  });

  it("refuses what is not text, an empty file, one too large to read, and more rows than a measure keeps", () => {
    expect(readResultValues(undefined as unknown as string).errors).toEqual({ csv: "jiannuo_value_invalid" });
    expect(readResultValues("date,value\n\n").errors).toEqual({ csv: "jiannuo_results_csv_empty" });
    expect(readResultValues("x".repeat(MAX_CSV_CHARS + 1)).errors).toEqual({ csv: "jiannuo_results_csv_too_large" });
    const many = Array.from({ length: MAX_VALUES + 1 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      return `${day},${i}`;
    }).join("\n");
    expect(readResultValues(many).errors).toEqual({ csv: "jiannuo_results_too_many_values" });
  });
});

describe("calendarDay", () => {
  it("accepts real days only, written with - / or .", () => {
    expect(calendarDay("2028-2-29")).toBe("2028-02-29");
    expect(calendarDay("2027-02-29")).toBe("");
    expect(calendarDay("20/11/2026")).toBe("");
    expect(calendarDay("1899-12-31")).toBe("");
  });
});
