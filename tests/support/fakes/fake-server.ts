// What every provider fake shares: an HTTP server on 127.0.0.1 (never anything else), a log of the
// requests it received, an outage switch, and a clock for limits and token lifetimes that tests move
// forward (passTime) instead of sleeping. Signature timestamps are checked against the real clock, as
// the providers do, so moving the fake's clock never makes a fresh signature look stale.
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as a fake's handler sees it. */
export interface FakeRequest {
  method: string;
  path: string;
  rawQuery: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
  bytes: Buffer;
}

/** What a handler answers: a status and a JSON body. */
export interface FakeAnswer {
  status: number;
  json: unknown;
}

/**
 * How the fake is down: "503" answers HTTP 503, "reset" drops the connection without an answer, and
 * "busy" lets the provider answer its own busy code (each fake reads `downMode` for that).
 */
export type DownMode = "503" | "reset" | "busy";

// Larger bodies than any provider accepts are cut off here, before any parsing.
const MAX_BODY = 1024 * 1024;

export class FakeServer {
  url = "";
  /** Every request received, in order (also those answered with an error or dropped). */
  readonly requests: FakeRequest[] = [];
  downMode: DownMode | null = null;
  private offset = 0;
  private readonly server: http.Server;

  constructor(handle: (req: FakeRequest, fake: FakeServer) => FakeAnswer) {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY) chunks.push(chunk);
      });
      req.on("end", () => {
        const target = new URL(req.url ?? "/", "http://fake.local");
        const bytes = Buffer.concat(chunks);
        const request: FakeRequest = {
          method: req.method ?? "GET",
          path: target.pathname,
          rawQuery: target.search.replace(/^\?/, ""),
          query: target.searchParams,
          headers: req.headers,
          body: bytes.toString("utf8"),
          bytes,
        };
        this.requests.push(request);
        if (this.downMode === "reset") {
          req.socket.destroy();
          return;
        }
        const answer: FakeAnswer =
          this.downMode === "503" ? { status: 503, json: { message: "Service Unavailable" } } : handle(request, this);
        res.writeHead(answer.status, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(answer.json));
      });
    });
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The fake's clock (ms): the real time plus what tests let pass. */
  now(): number {
    return Date.now() + this.offset;
  }

  /** Lets `ms` pass for the fake's limits and tokens. */
  passTime(ms: number): void {
    this.offset += ms;
  }

  /** Goes down until up() is called. */
  down(mode: DownMode): void {
    this.downMode = mode;
  }

  up(): void {
    this.downMode = null;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A sliding-window counter: at most `limit` events per `windowMs` for each key. */
export class RateWindow {
  private readonly events = new Map<string, number[]>();

  private readonly limit: number;
  private readonly windowMs: number;

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Counts one event for `key` at `now` and says whether it was within the limit. */
  take(key: string, now: number): boolean {
    const recent = (this.events.get(key) ?? []).filter((at) => at > now - this.windowMs);
    const ok = recent.length < this.limit;
    if (ok) recent.push(now);
    this.events.set(key, recent);
    return ok;
  }

  /** Uses up every event of `key`'s current window (as if another program had sent them). */
  exhaust(key: string, now: number): void {
    this.events.set(
      key,
      Array.from({ length: this.limit }, () => now),
    );
  }
}

/** A token registry with the providers' rules: one token per app, the same one while it is valid. */
export class Tokens {
  private readonly issued = new Map<string, { app: string; expiresAt: number; revoked: boolean }>();
  private readonly current = new Map<string, string>();
  fetches = 0;

  private readonly ttlSeconds: number;

  constructor(ttlSeconds: number) {
    this.ttlSeconds = ttlSeconds;
  }

  /** The app's token: the current one while valid, else a new one. */
  issue(app: string, now: number): { token: string; expiresIn: number } {
    this.fetches += 1;
    const existing = this.current.get(app);
    const entry = existing ? this.issued.get(existing) : undefined;
    if (existing && entry && !entry.revoked && entry.expiresAt > now) {
      return { token: existing, expiresIn: Math.round((entry.expiresAt - now) / 1000) };
    }
    const token = `tok${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    this.issued.set(token, { app, expiresAt: now + this.ttlSeconds * 1000, revoked: false });
    this.current.set(app, token);
    return { token, expiresIn: this.ttlSeconds };
  }

  /** "valid", "expired" (past its lifetime or expired by a test) or "invalid" (never issued). */
  check(token: string | null, now: number): "valid" | "expired" | "invalid" {
    const entry = token ? this.issued.get(token) : undefined;
    if (!entry) return "invalid";
    return entry.revoked || entry.expiresAt <= now ? "expired" : "valid";
  }

  /** Expires every token now (as a provider may do early, for its own reasons). */
  expireAll(): void {
    for (const entry of this.issued.values()) entry.revoked = true;
  }
}

/** The request body as JSON, or undefined when it is not JSON. */
export function jsonOf(req: FakeRequest): any {
  try {
    return JSON.parse(req.body);
  } catch {
    return undefined;
  }
}
