import { expect, it } from "vitest";
import { apiUrl, canonicalQuery, percentEncode } from "../../../pocketbase/pb_hooks/lib/pure/percent-encode.js";

it("encodes by RFC 3986: only unreserved characters stay, a space is %20", () => {
  expect(percentEncode("A-Z a_z.0~9")).toBe("A-Z%20a_z.0~9");
  expect(percentEncode("!'()*")).toBe("%21%27%28%29%2A");
  expect(percentEncode("+/=")).toBe("%2B%2F%3D");
  expect(percentEncode("践诺")).toBe("%E8%B7%B5%E8%AF%BA");
  expect(percentEncode('{"link":"https://x/#t=1"}')).toBe("%7B%22link%22%3A%22https%3A%2F%2Fx%2F%23t%3D1%22%7D");
});

it("builds a canonical query: names sorted, names and values encoded, undefined left out", () => {
  expect(
    canonicalQuery({ TemplateCode: "SMS_1", PhoneNumbers: "13800138000", OutId: undefined, SignName: "践诺" }),
  ).toBe("PhoneNumbers=13800138000&SignName=%E8%B7%B5%E8%AF%BA&TemplateCode=SMS_1");
  expect(canonicalQuery({ b: "", a: "x y" })).toBe("a=x%20y&b=");
});

it("builds an API URL with its query values encoded, in the order given", () => {
  expect(apiUrl("https://qyapi.weixin.qq.com", "/cgi-bin/gettoken", { corpid: "ww1", corpsecret: "a+b/c" })).toBe(
    "https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww1&corpsecret=a%2Bb%2Fc",
  );
});
