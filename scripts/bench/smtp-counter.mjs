// A minimal SMTP receiver for the follow-up benchmark: it answers at once and keeps only each
// message's envelope recipients and header block. The tests' sink (scripts/lib/mail-sink.mjs, on
// smtp-server) waits 100 ms before greeting every connection (smtp-server's "early talker" delay,
// not configurable) and PocketBase opens one connection per email, so it would cap any sender at
// about 10 emails/s per connection and the figure would measure the sink. Listens on 127.0.0.1 only.
import net from "node:net";

/** Starts the receiver; resolves with its port, the messages so far and a close function. */
export async function startCountingSink() {
  /** @type {{ to: string[], headers: string }[]} */
  const messages = [];
  const server = net.createServer((socket) => {
    socket.setEncoding("utf8");
    let buffer = "";
    let to = [];
    let data = null; // the lines of the message while in DATA, else null
    const reply = (line) => socket.write(`${line}\r\n`);
    reply("220 localhost ESMTP bench sink");
    socket.on("data", (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line !== ".") {
            data.push(line);
            continue;
          }
          const blank = data.indexOf("");
          messages.push({ to, headers: (blank < 0 ? data : data.slice(0, blank)).join("\r\n") });
          data = null;
          to = [];
          reply("250 OK: queued");
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-localhost\r\n250 8BITMIME");
        else if (verb === "HELO" || verb === "NOOP" || verb === "MAIL") reply("250 OK");
        else if (verb === "RCPT") {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 OK");
        } else if (verb === "RSET") {
          to = [];
          reply("250 OK");
        } else if (verb === "DATA") {
          data = [];
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 Bye");
          socket.end();
        } else reply("502 Command not implemented");
      }
    });
    socket.on("error", () => {});
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: server.address().port,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A header's value from a raw header block (folded lines joined), or "". */
export function headerOf(headers, name) {
  const unfolded = headers.replace(/\r\n[ \t]+/g, " ");
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, "im").exec(unfolded);
  return match ? match[1].trim() : "";
}
