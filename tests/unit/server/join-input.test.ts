// The join route's input checks (pocketbase/pb_hooks/lib/pure/join-input.js), run in Node.
import { describe, expect, it } from "vitest";
import { readJoinInput } from "../../../pocketbase/pb_hooks/lib/pure/join-input.js";
import { MESSAGES } from "../../../pocketbase/pb_hooks/lib/api-errors.js";
import {
  isJoinCodeFormat,
  normalizeJoinCode,
  JOIN_CODE_ALPHABET,
} from "../../../pocketbase/pb_hooks/lib/generated/contract.js";

const good = {
  code: "ab3-dek",
  name: " 王小雨 ",
  email: " Wang@Example.COM ",
  followUpConsent: true,
  namedInReport: false,
  locale: "zh-CN",
};

describe("readJoinInput", () => {
  it("cleans good input", () => {
    const { value, errors } = readJoinInput(good);
    expect(errors).toEqual({});
    expect(value).toMatchObject({
      code: "AB3DEK",
      name: "王小雨",
      email: "wang@example.com",
      followUpConsent: true,
      namedInReport: false,
      locale: "zh-CN",
    });
  });

  it("normalises the email as everywhere else (full-width, spaces, case), and refuses a very long one before normalising", () => {
    expect(readJoinInput({ ...good, email: "　Ｌｉｎａ＠Example.COM " }).value.email).toBe("lina@example.com");
    expect(readJoinInput({ ...good, email: `${"a".repeat(400)}@example.com` }).errors.email).toBe(
      "jiannuo_email_invalid",
    );
  });

  it("treats anything but true as no consent", () => {
    const { value } = readJoinInput({ ...good, followUpConsent: "yes", namedInReport: 1 });
    expect(value.followUpConsent).toBe(false);
    expect(value.namedInReport).toBe(false);
  });

  it("counts characters, not UTF-16 units, for the name limit", () => {
    expect(readJoinInput({ ...good, name: "😀".repeat(40) }).errors.name).toBeUndefined();
    expect(readJoinInput({ ...good, name: "😀".repeat(41) }).errors.name).toBe("jiannuo_name_too_long");
  });

  it.each([
    [{ code: undefined }, "code", "jiannuo_code_format"],
    [{ code: "ABCDE1" }, "code", "jiannuo_code_format"],
    [{ code: "ABCDEFG" }, "code", "jiannuo_code_format"],
    [{ name: "" }, "name", "jiannuo_name_required"],
    [{ name: "   " }, "name", "jiannuo_name_required"],
    [{ name: 42 }, "name", "jiannuo_value_invalid"],
    [{ name: "王\u202E小雨" }, "name", "jiannuo_text_control"],
    [{ name: "王\u0000小雨" }, "name", "jiannuo_text_control"],
    [{ name: "王\n小雨" }, "name", "jiannuo_text_control"],
    [{ code: "ABCDEF".repeat(6) }, "code", "jiannuo_code_format"],
    [{ code: ["ABCDEF"] }, "code", "jiannuo_code_format"],
    [{ email: `${"a".repeat(320)}@example.com` }, "email", "jiannuo_email_invalid"],
    [{ email: "a@b" }, "email", "jiannuo_email_invalid"],
    [{ email: "a b@c.d" }, "email", "jiannuo_email_invalid"],
    [{ email: "" }, "email", "jiannuo_consent_needs_email"],
    [{ locale: "de" }, "locale", "jiannuo_locale_invalid"],
    [{ id: "abc" }, "id", "jiannuo_id_format"],
    [{ id: "abcdefghijklmno" }, "joinKey", "jiannuo_join_key_format"],
    [{ id: "abcdefghijklmno", joinKey: "short" }, "joinKey", "jiannuo_join_key_format"],
    [{ device: "short" }, "device", "jiannuo_device_format"],
    [{ device: "d".repeat(65) }, "device", "jiannuo_device_format"],
  ])("refuses %j", (patch, field, code) => {
    expect(readJoinInput({ ...good, ...patch }).errors[field]).toBe(code);
  });

  it("refuses a name far past its limit without reading it through", () => {
    const name = "长".repeat(10 * 1024 * 1024);
    const started = performance.now();
    expect(readJoinInput({ ...good, name }).errors.name).toBe("jiannuo_name_too_long");
    expect(performance.now() - started).toBeLessThan(250);
  });

  it("keeps the device's id, apart from the join key (one belonging answer per device)", () => {
    const device = "D".repeat(43);
    expect(readJoinInput({ ...good, device }).value.device).toBe(device);
    expect(readJoinInput(good).value.device).toBe("");
  });

  it("refuses an empty body on code and name", () => {
    expect(readJoinInput(undefined).errors).toEqual({ code: "jiannuo_code_format", name: "jiannuo_name_required" });
  });

  it("has an English fallback message for every error code it can return", () => {
    const codes = [
      "jiannuo_code_format",
      "jiannuo_name_required",
      "jiannuo_name_too_long",
      "jiannuo_email_invalid",
      "jiannuo_consent_needs_email",
      "jiannuo_locale_invalid",
      "jiannuo_id_format",
      "jiannuo_join_key_format",
      "jiannuo_text_control",
      "jiannuo_value_invalid",
      "jiannuo_device_format",
    ];
    for (const code of codes) expect(MESSAGES[code], code).toBeTruthy();
  });
});

describe("join codes", () => {
  it("use an alphabet without look-alikes", () => {
    for (const ch of "01OIL") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    expect(JOIN_CODE_ALPHABET).toHaveLength(31);
  });

  it("normalise typed input", () => {
    expect(normalizeJoinCode(" ab c-d ef ")).toBe("ABCDEF");
    expect(normalizeJoinCode(null)).toBe("");
  });

  it.each([
    ["ABCDEF", true],
    ["23456Z", true],
    ["ABCDE0", false],
    ["ABCDEI", false],
    ["abcdef", false],
    ["ABCDE", false],
  ])("%s is a code: %s", (code, ok) => expect(isJoinCodeFormat(code)).toBe(ok));
});
