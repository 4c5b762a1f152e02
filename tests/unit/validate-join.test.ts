import { describe, expect, it } from "vitest";
import { validateJoinInput } from "../../src/islands/join/validate-join";
import type { JoinInput } from "../../src/stores/session";

const valid: JoinInput = {
  code: "ab3-k7q",
  name: "赵敏",
  email: "",
  followUpConsent: false,
  namedInReport: false,
  locale: "zh-CN",
};

describe("validateJoinInput", () => {
  it("accepts a normal entry", () => {
    expect(validateJoinInput(valid)).toEqual({});
  });

  it("reports each problem on its field", () => {
    expect(validateJoinInput({ ...valid, code: "AB0", name: "  ", email: "zhao@" })).toEqual({
      code: "errors.jiannuo_code_format",
      name: "errors.jiannuo_name_required",
      email: "errors.jiannuo_email_invalid",
    });
  });

  it("counts characters, not UTF-16 units, against the 40 limit", () => {
    expect(validateJoinInput({ ...valid, name: "😀".repeat(40) })).toEqual({});
    expect(validateJoinInput({ ...valid, name: "名".repeat(41) })).toEqual({ name: "errors.jiannuo_name_too_long" });
  });

  it("needs an email for follow-ups", () => {
    expect(validateJoinInput({ ...valid, followUpConsent: true })).toEqual({
      email: "errors.jiannuo_consent_needs_email",
    });
    expect(validateJoinInput({ ...valid, followUpConsent: true, email: "zhao@example.com" })).toEqual({});
  });
});
