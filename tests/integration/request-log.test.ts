// Answer-link tokens never reach PocketBase's request log (table _logs, read through GET /api/logs):
// a participant opens and answers through the links of a real follow-up email, a mail client unsubscribes
// with the one-click URL, an old email's ?t= link is opened; every one of those requests is in the log
// (the control: the log does record them, each with a marker), and no token is anywhere in it.
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { readMailbox } from "../../scripts/lib/mail-sink.mjs";
import { confirmEmailOf, joinAs, unique } from "../support/api";
import { trainerWithFinishedCohort } from "../support/finished-cohort";

interface Mail {
  envelopeTo: string[];
  text: string;
  headers: Record<string, string>;
}
interface LogEntry {
  message: string;
  data: Record<string, unknown>;
}

const base = () => inject("pocketbase").url;

async function emailWithLinks() {
  const { admin, cohort } = await trainerWithFinishedCohort("日志测试班", "示例酒店");
  const address = `${unique("log")}@example.com`;
  const me = await joinAs(cohort["joinCode"], "前台小周", { email: address, followUpConsent: true });
  await confirmEmailOf(admin, me.record.id);
  await me.pb.collection("commitments").create({
    participant: me.record.id,
    cohort: cohort.id,
    module: "eoac",
    kind: "personal",
    action: "每天下班前回访一位客户",
    confidence: 8,
    visibility: "private",
    status: "planned",
  });
  const run = await fetch(`${base()}/api/jiannuo/followups/run`, {
    method: "POST",
    headers: { Authorization: admin.authStore.token },
  });
  expect(run.status).toBe(200);
  const mail = readMailbox(inject("pocketbase").mailDir).find((m: Mail) => m.envelopeTo.includes(address)) as Mail;
  const answer = mail.text.match(/\/checkin\/#t=([A-Za-z0-9]{43})&c=([a-z0-9]+)&s=done/)!;
  const unsubscribePage = mail.text.match(/\/unsubscribe\/#t=([A-Za-z0-9]{43})/)!;
  return {
    admin,
    t: answer[1]!,
    c: answer[2]!,
    pageToken: unsubscribePage[1]!,
    oneClick: mail.headers["list-unsubscribe"]!.slice(1, -1),
  };
}

/** Every request-log entry whose URL holds `marker`. */
async function logged(admin: { authStore: { token: string } }, marker: string): Promise<LogEntry[]> {
  const query = new URLSearchParams({ perPage: "500", filter: `data.url ~ "${marker}"` });
  const res = await fetch(`${base()}/api/logs?${query}`, { headers: { Authorization: admin.authStore.token } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: LogEntry[] }).items;
}

describe("the request log", () => {
  it("records the link requests, and none of their tokens", async () => {
    const { admin, t, c, pageToken, oneClick } = await emailWithLinks();
    expect(pageToken).toBe(t); // one token per email
    expect(oneClick).toMatch(/\/api\/jiannuo\/unsubscribe\?t=[A-Za-z0-9]{43}$/);
    const madeUp = "Z".repeat(43);
    const marker = unique("probe");
    const json = { "content-type": "application/json" };
    const requests: Array<[string, string, RequestInit]> = [
      // The check-in page's requests: the token in the body.
      [
        "view",
        `/api/jiannuo/checkin/view?probe=${marker}-view`,
        { method: "POST", headers: json, body: JSON.stringify({ t, c }) },
      ],
      [
        "answer",
        `/api/jiannuo/checkin?probe=${marker}-answer`,
        { method: "POST", headers: json, body: JSON.stringify({ t, c, s: "done" }) },
      ],
      // An email sent before carries the token in the page's query. PocketBase never logs a page it serves
      // (only errors and redirects), so the redirect of a page folder stands for it here (the tests' site
      // has /join/); a page loaded before asks the server with the token in the query too.
      ["old link", `/join?t=${t}&c=${c}&s=done&probe=${marker}-page`, { method: "GET", redirect: "manual" }],
      ["old page", `/api/jiannuo/checkin?t=${t}&c=${c}&probe=${marker}-oldview`, { method: "GET" }],
      ["unknown token", `/api/jiannuo/checkin?t=${madeUp}&c=${c}&probe=${marker}-unknown`, { method: "GET" }],
      // RFC 8058: the mail client POSTs this body to the List-Unsubscribe URL.
      [
        "one-click",
        `${new URL(oneClick).pathname}${new URL(oneClick).search}&probe=${marker}-oneclick`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        },
      ],
    ];
    const statuses: Record<string, number> = {};
    let location = "";
    for (const [name, path, init] of requests) {
      const res = await fetch(`${base()}${path}`, init);
      statuses[name] = res.status;
      if (name === "old link") location = res.headers.get("location") ?? "";
    }
    expect(statuses).toEqual({
      view: 200,
      answer: 200,
      "old link": 301,
      "old page": 200,
      "unknown token": 404,
      "one-click": 200,
    });
    // The browser is sent on with its token (the page moves it into the fragment); only the log lacks it.
    expect(new URL(location, base()).searchParams.get("t")).toBe(t);
    const participant = (
      await admin.collection("participants").getFullList({ filter: admin.filter("name = {:n}", { n: "前台小周" }) })
    ).at(-1)!;
    expect(participant["followUpConsent"]).toBe(false);

    // The log is written in batches: wait until it holds all six requests (the positive signal).
    await expect
      .poll(async () => (await logged(admin, marker)).length, { timeout: 15_000, interval: 250 })
      .toBe(requests.length);
    const entries = await logged(admin, marker);
    const urls = entries.map((e) => String(e.data["url"])).sort();
    expect(urls.filter((u) => u.includes("t=hidden"))).toHaveLength(4); // the four that carried one in their query
    expect(entries.map((e) => e.data["status"]).sort()).toEqual([200, 200, 200, 200, 301, 404]);
    const everything = JSON.stringify(entries);
    expect(everything).not.toContain(t);
    expect(everything).not.toContain(madeUp);
    // And nowhere else in the log either (referers, error details, other entries).
    const all = await fetch(`${base()}/api/logs?perPage=1000&sort=-created`, {
      headers: { Authorization: admin.authStore.token },
    }).then((r) => r.text());
    expect(all).toContain(marker);
    expect(all).not.toContain(t);
  });
});
