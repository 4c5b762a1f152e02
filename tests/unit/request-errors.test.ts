// A failed request as message keys (src/lib/request-errors.ts): the one place the device's connection is
// read, so "offline" and "cannot reach the server" are told apart the same way on every page.
import { afterEach, describe, expect, it, vi } from "vitest";
import { FORM_ERROR } from "../../src/lib/api-errors";
import { requestErrorKey, requestErrorKeys } from "../../src/lib/request-errors";

const unreachable = { status: 0, response: {} };
const refused = {
  status: 400,
  response: { data: { email: { code: "validation_invalid_email" }, id: { code: "jiannuo_id_conflict" } } },
};

afterEach(() => vi.unstubAllGlobals());

describe("request errors", () => {
  it("says offline when the device says so, and network otherwise", () => {
    expect(requestErrorKey(unreachable)).toBe("errors.network");
    vi.stubGlobal("navigator", { onLine: false });
    expect(requestErrorKey(unreachable)).toBe("errors.offline");
  });

  it("keeps field errors for the fields a form shows, and puts the others on the form", () => {
    expect(requestErrorKeys(refused, ["email"])).toEqual({
      email: "errors.validation_invalid_email",
      [FORM_ERROR]: "errors.jiannuo_id_conflict",
    });
    expect(requestErrorKeys(refused)).toEqual({
      email: "errors.validation_invalid_email",
      id: "errors.jiannuo_id_conflict",
    });
  });

  it("gives one message for a request that belongs to no field", () => {
    expect(requestErrorKey(refused)).toBe("errors.validation_invalid_email");
    expect(requestErrorKey({ status: 503, response: {} })).toBe("errors.server");
  });
});
