// The cohort's WeCom and DingTalk group robots: participants who choose the group digest are @-mentioned
// there once a day. The trainer pastes a robot's webhook (and DingTalk's signing secret); the server keeps
// it and shows back only its last four characters.
import { useState } from "react";
import { requestErrorKeys } from "../../../lib/request-errors";
import { InputField } from "../../shared/InputField";
import { useLoad } from "../../shared/use-load";
import { useDashboard } from "./dashboard-context";
import { ROBOTS, loadRobots, saveRobot, type Robot, type RobotsView } from "./group-robots";

/**
 * `section[data-group-robots]`, closed until opened (the dashboard's first load asks nothing more), then
 * one `form[data-robot=<channel>]` per robot.
 */
export function GroupRobots({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [opened, setOpened] = useState(false);
  const loaded = useLoad(opened ? () => loadRobots(cohortId) : null, [cohortId, opened]);
  const [view, setView] = useState<RobotsView | null>(null);
  const shown = view ?? loaded.data;
  return (
    <section className="dash-section dash-robots no-print" data-group-robots="">
      <h2 className="dash-robots-heading">
        <button
          type="button"
          className="dash-robots-toggle"
          aria-expanded={opened}
          aria-controls="dash-robots-body"
          onClick={() => setOpened((o) => !o)}
        >
          {text("dashboard.robots.heading")}
        </button>
      </h2>
      {opened ? (
        <div id="dash-robots-body">
          <p>{text("dashboard.robots.intro")}</p>
          {loaded.error ? (
            <p className="form-error" role="alert">
              {text("dashboard.robots.loadFailed")}
            </p>
          ) : shown ? (
            ROBOTS.map((robot) => (
              <RobotForm key={robot} cohortId={cohortId} robot={robot} state={shown[robot]} onSaved={setView} />
            ))
          ) : (
            <p className="note">{text("dashboard.robots.loading")}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

interface RobotFormProps {
  cohortId: string;
  robot: Robot;
  state: { set: boolean; hint: string };
  onSaved: (view: RobotsView) => void;
}

function RobotForm({ cohortId, robot, state, onSaved }: RobotFormProps) {
  const { text } = useDashboard();
  const [webhook, setWebhook] = useState("");
  const [secret, setSecret] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ webhook?: string; form?: string }>({});
  const id = `robot-${robot}`;

  async function save(remove: boolean) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    try {
      onSaved(await saveRobot(cohortId, robot, remove ? "" : webhook, remove ? "" : secret));
      setWebhook("");
      setSecret("");
    } catch (failure) {
      // The one refusal the trainer can fix here is the address; anything else is "try again".
      const invalid = requestErrorKeys(failure, ["webhook"])["webhook"] === "errors.jiannuo_webhook_invalid";
      setErrors(
        invalid ? { webhook: text("errors.jiannuo_webhook_invalid") } : { form: text("dashboard.robots.saveFailed") },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="dash-robot"
      data-robot={robot}
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <h3>{text(`dashboard.robots.${robot}`)}</h3>
      <p data-robot-state={state.set ? "set" : "unset"}>
        {state.set ? text("dashboard.robots.set", { hint: state.hint }) : text("dashboard.robots.unset")}
      </p>
      <InputField
        id={`${id}-webhook`}
        name="webhook"
        textsId={`${id}-webhook`}
        label={text("dashboard.robots.webhook")}
        value={webhook}
        onChange={setWebhook}
        type="url"
        autoComplete="off"
        maxLength={1000}
        required
        help={text("dashboard.robots.webhookHelp")}
        error={errors.webhook}
      />
      {robot === "dingtalk_robot" ? (
        <InputField
          id={`${id}-secret`}
          name="secret"
          textsId={`${id}-secret`}
          label={text("dashboard.robots.secret")}
          value={secret}
          onChange={setSecret}
          autoComplete="off"
          maxLength={200}
          help={text("dashboard.robots.secretHelp")}
        />
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <p className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {text("dashboard.robots.save")}
        </button>
        {state.set ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save(true)}>
            {text("dashboard.robots.remove")}
          </button>
        ) : null}
      </p>
    </form>
  );
}
