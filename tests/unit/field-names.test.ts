// One name per concept: a commitment's "when" (its `trigger` field) once had three names (什么时候做 on the
// form, 时机 on the wall, 触发情境 in the email and the CSV). Its name, and that of "how it shows"
// (`measure`), are one key each, common.trigger and common.measure, which the form, "my commitments", the
// calendar file, the wall, the check-in page, the follow-up email and the CSV all use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { followUpMail } from "../../pocketbase/pb_hooks/lib/pure/followup-mail.js";
import { en } from "../../src/i18n/en";
import { zhCN } from "../../src/i18n/zh-CN";
import { fieldLabelKey } from "../../src/islands/commitment/validate-commitment";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIELDS = ["trigger", "measure"] as const;

/** Source files of the app and the hooks (generated files are the dictionaries' copies). */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(file);
    return /\.(tsx?|js|astro)$/.test(entry.name) ? [file] : [];
  });
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("one name per field", () => {
  it.each(FIELDS)("names %s with one key in each dictionary", (field) => {
    for (const dictionary of [zhCN, en]) {
      const names = Object.keys(dictionary).filter((key) => key.split(".").at(-1) === field);
      expect(names).toEqual([`common.${field}`]);
    }
  });

  it("uses no other message key for either field anywhere in the app or the hooks", () => {
    const keys = [...sources("src"), ...sources("pocketbase/pb_hooks")].flatMap((file) =>
      [...read(file).matchAll(/["'`]((?:[a-zA-Z-]+\.)+(?:trigger|measure))["'`]/g)].map((m) => `${file}: ${m[1]}`),
    );
    expect(keys.filter((k) => !/: common\.(trigger|measure)$/.test(k))).toEqual([]);
  });

  it("drops the old names: no message calls the field 时机 or 触发情境", () => {
    const labelled = Object.entries(zhCN).filter(([, words]) => /触发情境|^时机[：:]/.test(words));
    expect(labelled).toEqual([]);
  });

  it("labels the form's fields with the shared keys", () => {
    expect(fieldLabelKey("trigger")).toBe("common.trigger");
    expect(fieldLabelKey("measure")).toBe("common.measure");
  });

  it("labels each place that shows the field with common.trigger", () => {
    const places = [
      "src/islands/me/CommitmentFacts.tsx",
      "src/islands/me/CalendarButton.tsx",
      "src/islands/trainer/wall/CardText.tsx",
      "src/islands/checkin/checkin-page.ts",
      "pocketbase/pb_hooks/lib/cohort-export.js",
      "pocketbase/pb_hooks/lib/pure/followup-mail.js",
    ];
    for (const file of places) expect(read(file), file).toContain('"common.trigger"');
  });

  it("writes the same name in the follow-up email as on the form, in both languages", () => {
    const mail = (locale: string) =>
      followUpMail({
        locale,
        kind: "round",
        appUrl: "https://jiannuo.example.com",
        token: "T".repeat(43),
        participantName: "王芳",
        trainerName: "林老师",
        cohortName: "服务班",
        commitments: [{ id: "k1", action: "先问客户最想办好的事", trigger: "客户坐下时" }],
      });
    expect(mail("zh-CN").text).toContain(`${zhCN["common.trigger"]}：客户坐下时`);
    expect(mail("en").text).toContain(`${en["common.trigger"]}: 客户坐下时`);
  });
});
