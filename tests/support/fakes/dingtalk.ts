// A local DingTalk (钉钉) for tests, written from its public documentation: custom robots
// (/robot/send) and an internal app's work notifications (/gettoken, /topapi/v2/user/getbymobile,
// /topapi/message/corpconversation/asyncsend_v2 and getsendresult), on one server as at
// oapi.dingtalk.com. It checks what DingTalk checks and answers with DingTalk's errcodes:
//   robot: unknown access token 300001; with a signing secret, a missing or wrong sign or a timestamp
//          more than an hour off 310000 (sign = base64 HMAC-SHA256 of "timestamp\nsecret"); a keyword
//          robot's text without the keyword 310000; a body over 20,000 bytes 460101; over 20 messages a
//          minute 130101, and the robot stays blocked for 10 minutes; busy -1
//   app:   wrong appkey/appsecret 40089; unknown or expired token 40014; unknown mobile 60121; action
//          card limits 34016; delivery through getsendresult: read/unread, invalid, or forbidden when
//          the same content already reached the person today (DingTalk's once-a-day rule) or the
//          person got 500 today
import { FakeServer, RateWindow, Tokens, jsonOf, type FakeAnswer, type FakeRequest } from "./fake-server.ts";
import { dingtalkRobotSign } from "./signatures.ts";

export interface DingtalkOptions {
  /** Custom robots: access token → signing secret ("" for a robot without signing), and a keyword. */
  robots?: Record<string, { secret?: string; keyword?: string }>;
  appKey?: string;
  appSecret?: string;
  agentId?: number;
  /** The directory: mobile number → userid. */
  users?: Record<string, string>;
  tokenTtlSeconds?: number;
}

export interface RobotMessage {
  token: string;
  content: string;
  atMobiles: string[];
}

export interface Notice {
  taskId: number;
  userId: string;
  card: { title: string; markdown: string; single_title: string; single_url: string };
}

const DAY = 86400000;
const CHINA = 8 * 3600000;
const err = (errcode: number, errmsg: string): FakeAnswer => ({ status: 200, json: { errcode, errmsg } });
const chars = (s: unknown) => Array.from(String(s ?? "")).length;

export class DingtalkFake {
  readonly server: FakeServer;
  readonly robotMessages: RobotMessage[] = [];
  readonly notices: Notice[] = [];
  readonly tokens: Tokens;
  private readonly robotLimit = new RateWindow(20, 60000);
  private readonly blockedUntil = new Map<string, number>();
  private readonly tasks = new Map<number, { delivered: string[]; invalid: string[]; forbidden: string[] }>();
  private readonly deliveredToday = new Map<string, number>();
  private readonly perUserToday = new Map<string, number>();
  private nextTask = 1000;

  readonly options: DingtalkOptions;

  constructor(options: DingtalkOptions) {
    this.options = options;
    this.tokens = new Tokens(options.tokenTtlSeconds ?? 7200);
    this.server = new FakeServer((req) => this.handle(req));
  }

  get url() {
    return this.server.url;
  }

  /** As if another program had used the robot's 20 messages of this minute. */
  exhaustRobot(token: string) {
    this.robotLimit.exhaust(token, this.server.now());
  }

  private handle(req: FakeRequest): FakeAnswer {
    if (this.server.downMode === "busy") return err(-1, "系统繁忙");
    if (req.method === "POST" && req.path === "/robot/send") return this.robot(req);
    if (req.method === "GET" && req.path === "/gettoken") return this.getToken(req);
    const topapi: Record<string, () => FakeAnswer> = {
      "/topapi/v2/user/getbymobile": () => this.userId(req),
      "/topapi/message/corpconversation/asyncsend_v2": () => this.send(req),
      "/topapi/message/corpconversation/getsendresult": () => this.result(req),
    };
    const route = req.method === "POST" ? topapi[req.path] : undefined;
    if (!route) return { status: 404, json: { errcode: 404, errmsg: "请求的URI地址不存在" } };
    if (this.tokens.check(req.query.get("access_token"), this.server.now()) !== "valid") {
      return err(40014, "不合法的access_token");
    }
    return route();
  }

  private robot(req: FakeRequest): FakeAnswer {
    const token = req.query.get("access_token") ?? "";
    const robot = this.options.robots?.[token];
    if (!robot) return err(300001, "token is not exist");
    if (robot.secret) {
      const timestamp = Number(req.query.get("timestamp"));
      const sign = req.query.get("sign") ?? "";
      const expected = dingtalkRobotSign(robot.secret, timestamp);
      if (!Number.isFinite(timestamp) || Math.abs(Date.now() - timestamp) > 3600000 || sign !== expected) {
        return err(310000, "sign not match");
      }
    }
    if (req.bytes.length > 20000) return err(460101, "message too long, exceed 20000 bytes");
    const body = jsonOf(req);
    const content = body?.msgtype === "text" ? body.text?.content : undefined;
    if (typeof content !== "string" || !content) return err(40035, "缺少参数 json");
    if (robot.keyword && !content.includes(robot.keyword)) return err(310000, "keywords not in content");
    const now = this.server.now();
    if ((this.blockedUntil.get(token) ?? 0) > now) return err(130101, "send too fast, exceed 20 times per minute");
    if (!this.robotLimit.take(token, now)) {
      this.blockedUntil.set(token, now + 10 * 60000);
      return err(130101, "send too fast, exceed 20 times per minute");
    }
    const atMobiles = Array.isArray(body.at?.atMobiles) ? body.at.atMobiles.map(String) : [];
    this.robotMessages.push({ token, content, atMobiles });
    return err(0, "ok");
  }

  private getToken(req: FakeRequest): FakeAnswer {
    if (req.query.get("appkey") !== this.options.appKey || req.query.get("appsecret") !== this.options.appSecret) {
      return err(40089, "不合法的corpid或corpsecret");
    }
    const { token, expiresIn } = this.tokens.issue("app", this.server.now());
    return { status: 200, json: { errcode: 0, errmsg: "ok", access_token: token, expires_in: expiresIn } };
  }

  private userId(req: FakeRequest): FakeAnswer {
    const mobile = jsonOf(req)?.mobile;
    const userId = typeof mobile === "string" ? this.options.users?.[mobile] : undefined;
    if (!userId) return err(60121, "找不到该用户");
    return { status: 200, json: { errcode: 0, errmsg: "ok", result: { userid: userId } } };
  }

  private send(req: FakeRequest): FakeAnswer {
    const body = jsonOf(req);
    if (!body || body.agent_id !== this.options.agentId) return err(40035, "不合法的参数 agent_id");
    const card = body.msg?.msgtype === "action_card" ? body.msg.action_card : undefined;
    if (!card || !card.title || !card.markdown || !card.single_title || !card.single_url) {
      return err(40035, "不合法的参数 msg");
    }
    if (
      chars(card.title) > 64 ||
      chars(card.markdown) > 5000 ||
      chars(card.single_title) > 20 ||
      chars(card.single_url) > 500
    ) {
      return err(34016, "消息内容长度超过限制");
    }
    const now = this.server.now();
    const day = Math.floor((now + CHINA) / DAY);
    const known = new Set(Object.values(this.options.users ?? {}));
    const task = { delivered: [] as string[], invalid: [] as string[], forbidden: [] as string[] };
    const taskId = (this.nextTask += 1);
    const content = JSON.stringify(body.msg);
    for (const userId of String(body.userid_list ?? "")
      .split(",")
      .filter(Boolean)) {
      const sameKey = `${day}|${userId}|${content}`;
      const countKey = `${day}|${userId}`;
      if (!known.has(userId)) task.invalid.push(userId);
      else if (this.deliveredToday.has(sameKey) || (this.perUserToday.get(countKey) ?? 0) >= 500)
        task.forbidden.push(userId);
      else {
        this.deliveredToday.set(sameKey, now);
        this.perUserToday.set(countKey, (this.perUserToday.get(countKey) ?? 0) + 1);
        task.delivered.push(userId);
        this.notices.push({ taskId, userId, card });
      }
    }
    this.tasks.set(taskId, task);
    return { status: 200, json: { errcode: 0, errmsg: "ok", task_id: taskId, request_id: `req${taskId}` } };
  }

  private result(req: FakeRequest): FakeAnswer {
    const body = jsonOf(req);
    const task = this.tasks.get(Number(body?.task_id));
    if (!task || body?.agent_id !== this.options.agentId) return err(40035, "不合法的参数 task_id");
    return {
      status: 200,
      json: {
        errcode: 0,
        errmsg: "ok",
        send_result: {
          invalid_user_id_list: task.invalid,
          forbidden_user_id_list: task.forbidden,
          failed_user_id_list: [],
          read_user_id_list: [],
          unread_user_id_list: task.delivered,
          invalid_dept_id_list: [],
        },
      },
    };
  }
}

/** Starts a DingTalk fake on 127.0.0.1. */
export async function startDingtalkFake(options: DingtalkOptions): Promise<DingtalkFake> {
  const fake = new DingtalkFake(options);
  await fake.server.listen();
  return fake;
}
