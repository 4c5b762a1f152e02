import { expect, it } from "vitest";
import { escapeHtml } from "../../../pocketbase/pb_hooks/lib/pure/html.js";

it("escapes what means something in HTML text and attribute values", () => {
  expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
    "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
  );
  expect(escapeHtml("王小雨")).toBe("王小雨");
  expect(escapeHtml(42)).toBe("42");
});
