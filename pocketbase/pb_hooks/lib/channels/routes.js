// The channel senders' two routes (entries in jobs.pb.js and trainer-routes.pb.js):
//   POST /api/jiannuo/channels/send-test        superusers: the seam itself (lib/channels/index.js),
//     for whatever drives sending without the clock (tests, an operator's check). Body: a send body, or
//     { check: { channel, target, providerId } } for a delivery check; `now` (ms, within a day of the
//     server's clock) stands in for the time, as the follow-up job's tests move time.
//   POST /api/jiannuo/cohorts/{id}/channels/test the cohort's trainer: "send me a test message". A fixed
//     text goes through the channel to the trainer (their email, or the mobile number they give, also
//     mentioned in a group robot's test) and the answer says in plain words what happened or what to
//     fix. A group robot's webhook is given in the body (per-cohort settings come in a later step).
//     At most TESTS_PER_WINDOW tests per trainer in TEST_WINDOW_MS: an SMS costs money, a robot's
//     sends are 20 a minute.
const { throwFieldErrors, throwRateLimited } = require("../api-errors.js");
const { requestBody } = require("../body-limit.js");
const { ownedCohort } = require("../trainer-cohort.js");
const { formatMessage, messageLocale, messagesFor } = require("../generated/messages.js");
const { checkDelivery, sendToChannel } = require("./index.js");
const memory = require("./memory.js");
const { CHANNELS, ROBOTS, checkSendRequest } = require("../pure/channel-request.js");

const DAY = 86400000;
const TESTS_PER_WINDOW = 5;
const TEST_WINDOW_MS = 10 * 60000;

/** Superusers' route: sends (or checks) and answers the sender's result as it is. */
function superuserSend(e) {
  const body = requestBody(e, "");
  const real = Date.now();
  const now = typeof body.now === "number" && Math.abs(body.now - real) <= DAY ? body.now : real;
  if (body.check) return checkDelivery(e.app, body.check, now);
  return sendToChannel(e.app, body, now);
}

/** The plain-words text of a result, in `locale`. */
function resultMessage(result, locale) {
  const words = messagesFor(locale);
  if (result.outcome === "sent") return words["channels.outcome.sent"];
  const text = words[`channels.reason.${result.reason}`] || words["channels.reason.provider_unknown_error"];
  if (result.outcome !== "retry-after") return text;
  const at = new Date(result.retryAt).toISOString().slice(11, 16);
  return `${text} ${formatMessage(words["channels.outcome.retryAt"], { time: `${at} UTC` })}`;
}

/** The test's send body: the fixed text, to the trainer, through the channel the trainer picked. */
function testBody(e, cohort, body, locale) {
  const words = messagesFor(locale);
  const appUrl = e.app.settings().meta.appURL.replace(/\/+$/, "");
  const prefix = ($os.getenv("JIANNUO_SMS_LINK_PREFIX") || "").trim();
  const link = body.channel === "sms" && prefix ? `${prefix}test` : `${appUrl}/`;
  const title = words["channels.test.title"];
  const text = formatMessage(words["channels.test.text"], { cohort: cohort.getString("name") });
  if (ROBOTS.indexOf(body.channel) >= 0) {
    const entry = { id: "test", mobile: body.mobile, name: e.auth.getString("name"), text, link };
    return {
      channel: body.channel,
      target: { webhook: body.webhook, secret: body.secret },
      digest: { title, entries: [entry] },
    };
  }
  const target =
    body.channel === "email" ? { address: e.auth.email(), name: e.auth.getString("name") } : { mobile: body.mobile };
  return { channel: body.channel, target, message: { title, text, link, linkLabel: words["channels.test.button"] } };
}

/** The trainer's test route: answers { outcome, reason?, providerCode?, retryAt?, message }. */
function trainerTest(e) {
  const cohort = ownedCohort(e);
  const body = requestBody(e, "");
  if (CHANNELS.indexOf(body.channel) < 0) throwFieldErrors({ channel: "jiannuo_channel_unknown" });
  const locale = messageLocale(typeof body.locale === "string" ? body.locale : cohort.getString("locale"));
  const send = testBody(e, cohort, body, locale);
  const { errors } = checkSendRequest(send);
  if (errors) throwFieldErrors(errors);
  const now = Date.now();
  const wait = memory.takeSlot(e.app, `test:${e.auth.id}`, TESTS_PER_WINDOW, TEST_WINDOW_MS, now);
  if (wait) {
    e.response.header().set("Retry-After", String(Math.ceil((wait - now) / 1000)));
    throwRateLimited();
  }
  const result = sendToChannel(e.app, send, now);
  const answer = { outcome: result.outcome, message: resultMessage(result, locale) };
  if (result.reason) answer.reason = result.reason;
  if (result.providerCode) answer.providerCode = result.providerCode;
  if (result.retryAt) answer.retryAt = result.retryAt;
  return answer;
}

module.exports = { superuserSend, trainerTest };
