// The mail catcher's inbox page for npm run dev: every message the local sink received, newest
// first, each with its subject, recipients, headers, plain text and HTML (shown in a sandboxed frame).
import http from "node:http";
import { readMailbox } from "./mail-sink.mjs";

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The inbox as one HTML page. */
export function inboxPage(messages) {
  const items = messages
    .slice()
    .reverse()
    .map(
      (
        m,
        i,
      ) => `<details${i === 0 ? " open" : ""}><summary><strong>${escape(m.subject)}</strong> → ${escape(m.envelopeTo.join(", "))} <small>${escape(m.receivedAt)}</small></summary>
<pre>${escape(
        Object.entries(m.headers)
          .filter(([k]) => /^(from|to|subject|list-unsubscribe.*|reply-to)$/.test(k))
          .map(([k, v]) => `${k}: ${v}`)
          .join("\n"),
      )}</pre>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${escape(m.html)}" title="${escape(m.subject)}"></iframe>
<pre>${escape(m.text)}</pre></details>`,
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jiannuo dev inbox (${messages.length})</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}details{border-bottom:1px solid #ddd;padding:.5rem 0}iframe{width:100%;height:28rem;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}</style></head>
<body><h1>Jiannuo dev inbox</h1><p>${messages.length} message(s) caught; nothing was sent to anyone. Reload to see new ones.</p>${items || "<p>No mail yet.</p>"}</body></html>`;
}

/** Serves the inbox page of `dir` on host:port; resolves with a close function. */
export async function startMailInbox({ dir, host = "127.0.0.1", port }) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(inboxPage(readMailbox(dir)));
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}
