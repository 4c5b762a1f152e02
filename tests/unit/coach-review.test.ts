// The trainer's coach view (src/lib/coach-review.ts): vague, no moment, no measure, in both languages.
import { describe, expect, it } from "vitest";
import { coachGaps, reviewCommitments, type ReviewedCommitment } from "../../src/lib/coach-review";

const good: ReviewedCommitment = {
  action: "客户开口前先问一句：今天最想办好哪件事",
  trigger: "客户走到柜台前时",
  measure: "每天至少问十位客户",
  dueOn: "2026-12-15 00:00:00.000Z",
  support: "",
  kind: "personal",
  visibility: "cohort",
  confidence: 8,
};

describe("the coach's view of a commitment", () => {
  it("finds nothing to coach in a specific one with a moment and a measure", () => {
    expect(coachGaps(good, "zh-CN")).toEqual([]);
  });

  it("flags the issue's vague example on all three counts", () => {
    expect(coachGaps({ ...good, action: "我会更好地服务客户", trigger: "", measure: "" }, "zh-CN")).toEqual([
      "vague",
      "moment",
      "measure",
    ]);
  });

  it("takes a vague measure for no measure, and a missing trigger for no moment", () => {
    expect(coachGaps({ ...good, measure: "服务更好" }, "zh-CN")).toEqual(["measure"]);
    expect(coachGaps({ ...good, action: "用 EOAC 给新同事一次具体的肯定反馈", trigger: "" }, "zh-CN")).toEqual([
      "moment",
    ]);
  });

  it("reads English commitments too", () => {
    const en = { ...good, action: "Be more customer-focused", trigger: "", measure: "Customers are happier" };
    expect(coachGaps(en, "en")).toEqual(["vague", "moment", "measure"]);
    expect(
      coachGaps(
        {
          ...good,
          action: "Ask each guest what matters most today",
          trigger: "When a guest reaches the desk",
          measure: "At least ten guests a day",
        },
        "en",
      ),
    ).toEqual([]);
  });

  it("counts each gap over a cohort and lists only the commitments that have any", () => {
    const { flagged, counts } = reviewCommitments(
      [
        good,
        { ...good, action: "用 EOAC 给新同事一次具体的肯定反馈", trigger: "" },
        { ...good, action: "提高服务意识，多微笑", trigger: "", measure: "" },
      ],
      "zh-CN",
    );
    expect(counts).toEqual({ vague: 1, moment: 2, measure: 1 });
    expect(flagged.map((f) => f.gaps)).toEqual([["moment"], ["vague", "moment", "measure"]]);
  });
});
