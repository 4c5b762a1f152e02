// A stand-in for PocketBase in front-end tests: fetch is replaced by routes that answer in PocketBase's
// shapes, and every request is recorded. The server's real behaviour (rules, hooks, routes) is tested
// against a real PocketBase in tests/integration; these tests are about what the islands send and show.
import { onTestFinished, vi } from "vitest";
import { trainerPb } from "../../src/lib/pocketbase";

/** One request as the fake received it. */
export interface SentRequest {
  method: string;
  /** The URL's path, without the query. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body; undefined without one. */
  body: any;
  authorization: string | null;
}

/**
 * Answers a request, or returns undefined to leave it to the next route. A route that throws (or
 * rejects) makes fetch fail as it does without a network.
 */
export type Route = (request: SentRequest) => Response | undefined | Promise<Response | undefined>;

/** The fake server of one test. */
export interface FakePocketBase {
  /** Every request, in the order they were sent. */
  readonly requests: SentRequest[];
  /** While true, every request fails as it does without a network, and nothing is recorded. */
  offline: boolean;
  /** The requests sent with `method` (to `path`, when given). */
  sent(method: string, path?: string): SentRequest[];
}

/** A JSON response. */
export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** One page holding every item, as PocketBase answers a list request (and the SDK's getFullList reads it). */
export function list(items: readonly unknown[]): Response {
  return json(200, { page: 1, perPage: 1000, totalItems: items.length, totalPages: 1, items });
}

/** An error in PocketBase's shape; `data` holds the per-field codes. */
export function pbError(
  status: number,
  message = "Something went wrong.",
  data: Record<string, unknown> = {},
): Response {
  return json(status, { status, message, data });
}

/** A refusal of one field with one error code, as PocketBase's validation answers. */
export function fieldError(status: number, field: string, code: string): Response {
  return pbError(status, "Failed to save.", { [field]: { code, message: "" } });
}

/** Answers `method` requests to `path` (exactly, or matching a pattern). */
export function on(
  method: string,
  path: string | RegExp,
  answer: (request: SentRequest) => Response | Promise<Response>,
): Route {
  return (request) => {
    const matches = typeof path === "string" ? request.path === path : path.test(request.path);
    return request.method === method && matches ? answer(request) : undefined;
  };
}

/** A last route that fails the test on any request the others did not expect. */
export const unexpected: Route = (request) => {
  throw new Error(`unexpected ${request.method} ${request.path}`);
};

const notFound = () => pbError(404, "The requested resource wasn't found.");

function offlineError(): TypeError {
  return new TypeError("Failed to fetch");
}

/**
 * Replaces fetch, for the rest of the test, with a fake PocketBase: each request goes through `routes` in
 * order, the first answer wins, and a request no route answers gets PocketBase's 404. Call it in a test
 * or a beforeEach; at the test's end every stubbed global is put back.
 */
export function fakePocketBase(...routes: Route[]): FakePocketBase {
  const requests: SentRequest[] = [];
  const server: FakePocketBase = {
    requests,
    offline: false,
    sent: (method, path) => requests.filter((r) => r.method === method && (path === undefined || r.path === path)),
  };
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      if (server.offline) throw offlineError();
      const url = new URL(String(input));
      const body = typeof init.body === "string" && init.body !== "" ? JSON.parse(init.body) : undefined;
      const authorization = new Headers(init.headers).get("Authorization");
      const request: SentRequest = {
        method: init.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        body,
        authorization,
      };
      requests.push(request);
      for (const route of routes) {
        const answer = await route(request);
        if (answer) return answer;
      }
      return notFound();
    }),
  );
  return server;
}

/** A fetch that never reaches a server (offline from the start). */
export function noNetwork(): FakePocketBase {
  const server = fakePocketBase();
  server.offline = true;
  return server;
}

/** A route standing for a network failure on the requests `when` picks. */
export function networkFailure(when: (request: SentRequest) => boolean): Route {
  return (request) => {
    if (when(request)) throw offlineError();
    return undefined;
  };
}

/** A token the SDK takes for a valid, unexpired one: it only reads the payload (the fake never checks it). */
export function fakeToken(claims: Record<string, unknown> = {}): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, "");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ type: "auth", exp: Math.floor(Date.now() / 1000) + 3600, ...claims })}.signature`;
}

/** The trainer most trainer-page tests sign in as. */
export const TRAINER = {
  id: "trainer00000001",
  collectionId: "jn_trainers",
  collectionName: "trainers",
  name: "周老师",
  email: "zhou@example.com",
};

/** Signs the trainer's client in with a fake token, until the end of the test (call it in a test or a beforeEach). */
export function signInTrainer(record: { id: string } = TRAINER): void {
  trainerPb.authStore.save(fakeToken({ id: record.id, collectionId: "jn_trainers" }), record as never);
  onTestFinished(() => trainerPb.authStore.clear());
}
