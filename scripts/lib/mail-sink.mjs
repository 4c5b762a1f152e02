// A local SMTP server that accepts every message and keeps it as a JSON file in a folder: the mail
// catcher of tests (and of npm run dev). Listens on 127.0.0.1 only and never relays anything.
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * Starts the sink; resolves with its port and a close function.
 * @param {{ dir: string, port?: number, hold?: (count: number) => Promise<void> | undefined }} options
 *   hold: called with the message's number once it is kept; the sink confirms the message (SMTP 250)
 *   only when the promise it returns settles: a test can kill the sender in the middle of the DATA phase.
 */
export async function startMailSink({ dir, port = 0, hold }) {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: "sink" }),
    onData: (stream, session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const message = {
            receivedAt: new Date().toISOString(),
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: mail.from?.text ?? "",
            to: mail.to
              ? [mail.to]
                  .flat()
                  .map((a) => a.text)
                  .join(", ")
              : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            // Raw header values, as a mail client would see them (keys in lower case).
            headers: Object.fromEntries(
              mail.headerLines.map(({ key, line }) => [key, line.slice(line.indexOf(":") + 1).trim()]),
            ),
          };
          const name = `${Date.now()}-${String(count).padStart(5, "0")}.json`;
          // Written aside, then renamed: a reader never sees half a message.
          writeFileSync(path.join(dir, `${name}.part`), JSON.stringify(message, null, 2));
          renameSync(path.join(dir, `${name}.part`), path.join(dir, name));
          return hold?.(count);
        })
        .then(() => callback(), callback);
    },
  });
  // A sender killed while its message was held leaves a broken connection: nothing to report.
  if (hold) server.on("error", () => {});
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: server.server.address().port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The messages the sink has received so far, oldest first. */
export function readMailbox(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")));
}
