// Every error code the server can send has a message in both dictionaries, so no participant ever sees
// a raw code or English in a Chinese form.
import { expect, it } from "vitest";
import { MESSAGES } from "../../pocketbase/pb_hooks/lib/api-errors.js";
import { zhCN } from "../../src/i18n/zh-CN";
import { en } from "../../src/i18n/en";

it.each(Object.keys(MESSAGES))("%s has a Chinese and an English message", (code) => {
  const key = `errors.${code}` as keyof typeof zhCN;
  expect(zhCN[key], `zh-CN ${key}`).toBeTruthy();
  expect(en[key], `en ${key}`).toBeTruthy();
});
