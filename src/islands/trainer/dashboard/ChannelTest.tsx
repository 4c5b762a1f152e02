// "Send me a test message" (POST /api/jiannuo/cohorts/{id}/channels/test, pb_hooks/lib/channels/routes.js):
// the trainer picks a channel, gives what it needs, and reads the server's plain-words answer: sent, or
// what is wrong with the webhook, credential or setting and who must fix it. A pasted webhook is sent
// for the test only and forgotten with the form.
import { useState } from "react";
import { REACH_CHANNELS_FIELDS } from "../../../lib/pocketbase-types";
import { requestErrorKeys } from "../../../lib/request-errors";
import { FormError } from "../../shared/FormError";
import { InputField } from "../../shared/InputField";
import { useChannelName } from "./channel-name";
import { CHANNELS, ROBOTS, sendTestMessage, type Channel, type TestAnswer, type TestRequest } from "./channels-api";
import { useDashboard } from "./dashboard-context";

/** The refusals the trainer can fix in this form; anything else is "try again". */
const FIXABLE = [
  "errors.jiannuo_mobile_invalid",
  "errors.jiannuo_webhook_invalid",
  "errors.jiannuo_email_invalid",
  "errors.jiannuo_rate_limited",
] as const;
type Fixable = (typeof FIXABLE)[number];
const isFixable = (key: string): key is Fixable => (FIXABLE as readonly string[]).includes(key);

/** `form[data-channel-test]`; the answer in `[data-test-outcome]`. */
export function ChannelTest({ cohortId }: { cohortId: string }) {
  const { text, locale } = useDashboard();
  const name = useChannelName();
  const [request, setRequest] = useState<TestRequest>({ channel: "email", mobile: "", webhook: "", secret: "" });
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<TestAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const robot = ROBOTS.includes(request.channel);
  const set = (change: Partial<TestRequest>) => setRequest((r) => ({ ...r, ...change }));

  async function send() {
    if (busy) return;
    setBusy(true);
    setAnswer(null);
    setError(null);
    try {
      setAnswer(await sendTestMessage(cohortId, request, locale));
    } catch (failure) {
      const key = Object.values(requestErrorKeys(failure)).find(isFixable);
      setError(text(key ?? "dashboard.channels.testFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="dash-robot"
      data-channel-test=""
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h3>{text("dashboard.channels.testHeading")}</h3>
      <p>{text("dashboard.channels.testIntro")}</p>
      <div className="field">
        <label htmlFor="dash-test-channel">{text("dashboard.channels.channel")}</label>
        <select
          id="dash-test-channel"
          name="channel"
          value={request.channel}
          onChange={(e) => set({ channel: e.target.value as Channel })}
        >
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {name(channel)}
            </option>
          ))}
        </select>
      </div>
      {request.channel === "email" ? null : (
        <InputField
          id="dash-test-mobile"
          name="mobile"
          label={text("dashboard.channels.testMobile")}
          value={request.mobile}
          onChange={(mobile) => set({ mobile })}
          type="tel"
          autoComplete="tel"
          maxLength={REACH_CHANNELS_FIELDS.mobile.max}
          required
        />
      )}
      {robot ? (
        <InputField
          id="dash-test-webhook"
          name="webhook"
          label={text("dashboard.robots.webhook")}
          value={request.webhook}
          onChange={(webhook) => set({ webhook })}
          type="url"
          autoComplete="off"
          maxLength={1000}
          required
        />
      ) : null}
      {request.channel === "dingtalk_robot" ? (
        <InputField
          id="dash-test-secret"
          name="secret"
          label={text("dashboard.robots.secret")}
          value={request.secret}
          onChange={(secret) => set({ secret })}
          autoComplete="off"
          maxLength={200}
        />
      ) : null}
      <FormError message={error} />
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? text("common.sending") : text("dashboard.channels.testSend")}
        </button>
      </p>
      {answer ? (
        <p role="status" data-test-outcome={answer.outcome} data-test-reason={answer.reason ?? ""}>
          <strong>
            {text(
              answer.outcome === "sent"
                ? "dashboard.channels.testOutcome.sent"
                : "dashboard.channels.testOutcome.problem",
            )}
          </strong>
          {answer.message}
        </p>
      ) : null}
    </form>
  );
}
