import { describe, expect, it } from "vitest";
import { packDigest } from "../../../pocketbase/pb_hooks/lib/pure/robot-digest.js";

const bytes = (s: string) => Buffer.byteLength(s);
const entry = (i: number, text: string) => ({
  id: `f${i}`,
  mobile: `138001380${String(i).padStart(2, "0")}`,
  name: `员工${i}`,
  text,
  link: `https://j.example/c/#t=token${i}`,
});
const block = (e: { name: string; link: string }, text: string) => `${e.name}：${text}\n${e.link}`;

describe("packing a group digest into messages", () => {
  it("puts the header and everyone in one message when they fit", () => {
    const digest = {
      title: "今日回顾",
      intro: "点开自己的链接打卡",
      entries: [entry(1, "今天做到了吗？"), entry(2, "还在坚持吗？")],
    };
    const [only, ...rest] = packDigest(digest, 2048, block);
    expect(rest).toEqual([]);
    expect(only!.content).toBe(
      "【践诺】今日回顾\n点开自己的链接打卡\n\n员工1：今天做到了吗？\nhttps://j.example/c/#t=token1\n\n员工2：还在坚持吗？\nhttps://j.example/c/#t=token2",
    );
    expect(only!.entries).toEqual([
      { id: "f1", mobile: "13800138001" },
      { id: "f2", mobile: "13800138002" },
    ]);
  });

  it("splits between people, never inside one, each message within the limit and with the header", () => {
    const digest = {
      title: "今日回顾",
      intro: "",
      entries: Array.from({ length: 30 }, (_, i) => entry(i, "践诺".repeat(40))),
    };
    const messages = packDigest(digest, 2048, block);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.flatMap((m) => m.entries.map((e) => e.id))).toEqual(digest.entries.map((e) => e.id));
    for (const m of messages) {
      expect(bytes(m.content)).toBeLessThanOrEqual(2048);
      expect(m.content.startsWith("【践诺】今日回顾\n\n")).toBe(true);
      for (const e of m.entries) expect(m.content).toContain(`https://j.example/c/#t=token${e.id.slice(1)}`);
    }
  });

  it("shortens a text too long for one message but keeps its link whole", () => {
    const digest = { title: "T", intro: "", entries: [entry(1, "长".repeat(3000))] };
    const [only] = packDigest(digest, 2048, block);
    expect(bytes(only!.content)).toBeLessThanOrEqual(2048);
    expect(only!.content).toContain("…");
    expect(only!.content.endsWith("https://j.example/c/#t=token1")).toBe(true);
  });

  it("caps a long header to a share of the message", () => {
    const digest = { title: "题".repeat(500), intro: "", entries: [entry(1, "ok")] };
    const [only] = packDigest(digest, 2048, block);
    expect(bytes(only!.content)).toBeLessThanOrEqual(2048);
    expect(only!.content).toContain("https://j.example/c/#t=token1");
  });
});
