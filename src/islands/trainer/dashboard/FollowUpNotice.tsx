// Shown when the server has no SMTP settings: nothing is lost, and how to configure email.
import { trainerPb } from "../../../lib/pocketbase";
import { useDashboard } from "./dashboard-context";

/** The environment variables the server reads at start. */
const SMTP_VARIABLES = ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASS", "SMTP_FROM", "SMTP_TLS"] as const;

/** `[data-email-not-configured]`. */
export function FollowUpNotice() {
  const { text } = useDashboard();
  return (
    <div className="dash-followups-notice" role="status" data-email-not-configured="">
      <h3>{text("dashboard.followups.notConfigured.heading")}</h3>
      <p>{text("dashboard.followups.notConfigured.body")}</p>
      <p>{text("dashboard.followups.notConfigured.env")}</p>
      <ul className="dash-env-list">
        {SMTP_VARIABLES.map((name) => (
          <li key={name}>
            <code>{name}</code>
          </li>
        ))}
      </ul>
      <p>{text("dashboard.followups.notConfigured.admin")}</p>
      <p>
        <a href={trainerPb.buildURL("/_/")} target="_blank" rel="noopener" data-admin-link="">
          {text("dashboard.followups.notConfigured.adminLink")}
        </a>
      </p>
    </div>
  );
}
