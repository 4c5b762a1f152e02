// A local WeCom (企业微信) for tests, written from its public documentation: the group robot webhook
// (/cgi-bin/webhook/send) and a self-built app (/cgi-bin/gettoken, /cgi-bin/user/getuserid,
// /cgi-bin/message/send), on one server as at qyapi.weixin.qq.com. It checks what WeCom checks and
// answers with WeCom's errcodes:
//   robot: unknown key 93000; content over 2048 bytes (text) or 4096 (markdown) 40058; more than 20
//          messages a minute per robot 45009; busy -1
//   app:   wrong corp id 40013, wrong secret 40001; missing token 41001, unknown 40014, expired 42001;
//          unknown mobile 46004; wrong agentid 40056; textcard limits (title 128 bytes, description 512,
//          url 2048, button 4 characters) 40058; no valid recipient 81013, some invalid in `invaliduser`;
//          the same request again within duplicate_check_interval is not delivered twice; more than 30
//          messages a minute to one member are dropped, as WeCom documents.
import { FakeServer, RateWindow, Tokens, jsonOf, type FakeAnswer, type FakeRequest } from "./fake-server.ts";

export interface WecomOptions {
  robotKeys?: string[];
  corpId?: string;
  secret?: string;
  agentId?: number;
  /** The directory: mobile number → userid. */
  users?: Record<string, string>;
  tokenTtlSeconds?: number;
}

export interface RobotMessage {
  key: string;
  msgtype: string;
  content: string;
  mentionedMobiles: string[];
}

export interface AppMessage {
  userId: string;
  msgtype: string;
  textcard: { title: string; description: string; url: string; btntxt?: string };
}

const bytes = (s: unknown) => Buffer.byteLength(String(s ?? ""), "utf8");
const err = (errcode: number, errmsg: string): FakeAnswer => ({ status: 200, json: { errcode, errmsg } });

export class WecomFake {
  readonly server: FakeServer;
  readonly robotMessages: RobotMessage[] = [];
  readonly appMessages: AppMessage[] = [];
  /** Messages WeCom accepted but dropped (over 30 a minute to one member). */
  dropped = 0;
  readonly tokens: Tokens;
  private readonly robotLimit = new RateWindow(20, 60000);
  private readonly memberLimit = new RateWindow(30, 60000);
  private readonly recentSends = new Map<string, number>();

  readonly options: WecomOptions;

  constructor(options: WecomOptions) {
    this.options = options;
    this.tokens = new Tokens(options.tokenTtlSeconds ?? 7200);
    this.server = new FakeServer((req) => this.handle(req));
  }

  get url() {
    return this.server.url;
  }

  /** As if another program had used the robot's 20 messages of this minute. */
  exhaustRobot(key: string) {
    this.robotLimit.exhaust(key, this.server.now());
  }

  private handle(req: FakeRequest): FakeAnswer {
    if (this.server.downMode === "busy") return err(-1, "system busy");
    if (req.method === "POST" && req.path === "/cgi-bin/webhook/send") return this.robot(req);
    if (req.method === "GET" && req.path === "/cgi-bin/gettoken") return this.getToken(req);
    if (req.method === "POST" && req.path === "/cgi-bin/user/getuserid")
      return this.withToken(req, () => this.userId(req));
    if (req.method === "POST" && req.path === "/cgi-bin/message/send") return this.withToken(req, () => this.send(req));
    return { status: 404, json: { errcode: 404, errmsg: "not found" } };
  }

  private robot(req: FakeRequest): FakeAnswer {
    const key = req.query.get("key") ?? "";
    if (!(this.options.robotKeys ?? []).includes(key)) return err(93000, "invalid webhook url");
    const body = jsonOf(req);
    const type = body?.msgtype;
    const part = body?.[type];
    if (!part || typeof part.content !== "string" || !part.content) return err(40008, "invalid message type");
    if ((type === "text" && bytes(part.content) > 2048) || (type === "markdown" && bytes(part.content) > 4096)) {
      return err(40058, `${type}.content exceed max length`);
    }
    const mentioned = part.mentioned_mobile_list ?? [];
    if (!Array.isArray(mentioned) || mentioned.some((m: unknown) => typeof m !== "string")) {
      return err(40058, "invalid mentioned_mobile_list");
    }
    if (!this.robotLimit.take(key, this.server.now())) return err(45009, "api freq out of limit");
    this.robotMessages.push({ key, msgtype: type, content: part.content, mentionedMobiles: mentioned });
    return err(0, "ok");
  }

  private getToken(req: FakeRequest): FakeAnswer {
    if (req.query.get("corpid") !== this.options.corpId) return err(40013, "invalid corpid");
    if (req.query.get("corpsecret") !== this.options.secret) return err(40001, "invalid credential");
    const { token, expiresIn } = this.tokens.issue("app", this.server.now());
    return { status: 200, json: { errcode: 0, errmsg: "ok", access_token: token, expires_in: expiresIn } };
  }

  private withToken(req: FakeRequest, next: () => FakeAnswer): FakeAnswer {
    const token = req.query.get("access_token");
    if (!token) return err(41001, "access_token missing");
    const state = this.tokens.check(token, this.server.now());
    if (state === "invalid") return err(40014, "invalid access_token");
    if (state === "expired") return err(42001, "access_token expired");
    return next();
  }

  private userId(req: FakeRequest): FakeAnswer {
    const mobile = jsonOf(req)?.mobile;
    const userId = typeof mobile === "string" ? this.options.users?.[mobile] : undefined;
    if (!userId) return err(46004, "user no exist");
    return { status: 200, json: { errcode: 0, errmsg: "ok", userid: userId } };
  }

  private send(req: FakeRequest): FakeAnswer {
    const body = jsonOf(req);
    if (!body || body.agentid !== this.options.agentId) return err(40056, "invalid agentid");
    if (body.msgtype !== "textcard") return err(40008, "invalid message type");
    const card = body.textcard ?? {};
    if (!card.title || !card.description || !card.url) return err(40058, "textcard fields missing");
    if (bytes(card.title) > 128 || bytes(card.description) > 512 || bytes(card.url) > 2048) {
      return err(40058, "textcard field exceeds max length");
    }
    if (card.btntxt && Array.from(String(card.btntxt)).length > 4) return err(40058, "btntxt exceeds 4 characters");
    const known = new Set(Object.values(this.options.users ?? {}));
    const wanted = String(body.touser ?? "")
      .split("|")
      .filter(Boolean);
    const valid = wanted.filter((u) => known.has(u));
    const invalid = wanted.filter((u) => !known.has(u));
    if (!valid.length)
      return {
        status: 200,
        json: { errcode: 81013, errmsg: "user & party & tag all invalid", invaliduser: invalid.join("|") },
      };
    const now = this.server.now();
    // WeCom's duplicate check compares the whole request body.
    const fingerprint = req.body;
    const duplicate =
      body.enable_duplicate_check === 1 &&
      (this.recentSends.get(fingerprint) ?? -Infinity) > now - (body.duplicate_check_interval ?? 1800) * 1000;
    if (!duplicate) {
      this.recentSends.set(fingerprint, now);
      for (const userId of valid) {
        if (this.memberLimit.take(userId, now))
          this.appMessages.push({ userId, msgtype: body.msgtype, textcard: card });
        else this.dropped += 1;
      }
    }
    const msgid = `msg${this.appMessages.length}${Date.now().toString(36)}`;
    return { status: 200, json: { errcode: 0, errmsg: "ok", invaliduser: invalid.join("|"), msgid } };
  }
}

/** Starts a WeCom fake on 127.0.0.1. */
export async function startWecomFake(options: WecomOptions): Promise<WecomFake> {
  const fake = new WecomFake(options);
  await fake.server.listen();
  return fake;
}
