import { ClientResponseError } from "pocketbase";
import { describe, expect, it } from "vitest";
import { apiErrorKeys, FORM_ERROR } from "../../src/lib/api-errors";

function responseError(status: number, data: Record<string, unknown> = {}) {
  return new ClientResponseError({ status, data: { status, message: "x", data } });
}

describe("apiErrorKeys", () => {
  it("maps each field's code to its errors.<code> key", () => {
    const error = responseError(400, {
      code: { code: "jiannuo_code_unknown", message: "No workshop has this join code." },
      email: { code: "jiannuo_email_invalid", message: "invalid" },
    });
    expect(apiErrorKeys(error)).toEqual({
      code: "errors.jiannuo_code_unknown",
      email: "errors.jiannuo_email_invalid",
    });
  });

  it("accepts a raw response body too", () => {
    const body = { status: 400, message: "x", data: { name: { code: "validation_required", message: "" } } };
    expect(apiErrorKeys(body)).toEqual({ name: "errors.validation_required" });
  });

  it("moves errors of fields the form does not show to the form error", () => {
    const error = responseError(400, { id: { code: "jiannuo_id_conflict", message: "" } });
    expect(apiErrorKeys(error, { fields: ["code", "name"] })).toEqual({ [FORM_ERROR]: "errors.jiannuo_id_conflict" });
  });

  it("uses a generic message for an unknown code", () => {
    const error = responseError(400, { name: { code: "something_new", message: "" } });
    expect(apiErrorKeys(error)).toEqual({ name: "errors.invalid" });
  });

  it("tells offline from an unreachable server", () => {
    const error = new ClientResponseError(new TypeError("Failed to fetch"));
    expect(apiErrorKeys(error, { online: true })).toEqual({ [FORM_ERROR]: "errors.network" });
    expect(apiErrorKeys(error, { online: false })).toEqual({ [FORM_ERROR]: "errors.offline" });
  });

  it("asks to wait after too many attempts, saying why when the server names a reason", () => {
    expect(apiErrorKeys(responseError(429))).toEqual({ [FORM_ERROR]: "errors.jiannuo_rate_limited" });
    const busy = responseError(429, { code: { code: "jiannuo_cohort_busy", message: "" } });
    expect(apiErrorKeys(busy, { fields: ["code"] })).toEqual({ code: "errors.jiannuo_cohort_busy" });
  });

  it("falls back to a server error for 5xx and for a 400 without field details", () => {
    expect(apiErrorKeys(responseError(500))).toEqual({ [FORM_ERROR]: "errors.server" });
    expect(apiErrorKeys(responseError(400))).toEqual({ [FORM_ERROR]: "errors.server" });
    expect(apiErrorKeys(undefined)).toEqual({ [FORM_ERROR]: "errors.network" });
  });
});
