// The open group robots section (GroupRobots.tsx): for each robot whether it is set (its last four
// characters), a form to paste its webhook (and DingTalk's signing secret), and removing it. The server
// keeps the credential and never sends it back.
import { useState } from "react";
import { requestErrorKeys } from "../../../lib/request-errors";
import { InputField } from "../../shared/InputField";
import { useLoad } from "../../shared/use-load";
import { useDashboard } from "./dashboard-context";
import { ROBOTS, loadRobots, saveRobot, type Robot, type RobotsView } from "./group-robots";

/** The intro and one `form[data-robot=<channel>]` per robot. */
export default function GroupRobotForms({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const loaded = useLoad(() => loadRobots(cohortId), [cohortId]);
  const [view, setView] = useState<RobotsView | null>(null);
  const shown = view ?? loaded.data;
  return (
    <>
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
    </>
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
