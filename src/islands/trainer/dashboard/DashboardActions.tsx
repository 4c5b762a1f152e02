// Downloads and links: the two CSV exports (fetched with the trainer's token), the report, the live wall.
import { useState } from "react";
import { saveBlob } from "../../me/save-file";
import { fetchCsv } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";

/** Where the links go, already in the right language (the report in the cohort's). */
export interface DashboardLinks {
  report: string;
  wall: string;
}

type What = "commitments" | "checkins";

/** `button[data-download]` ×2, `a[data-report]` and the wall link, with a polite status line. */
export function DashboardActions({ cohortId, links }: { cohortId: string; links: DashboardLinks }) {
  const { text } = useDashboard();
  const [working, setWorking] = useState<What | null>(null);
  const [status, setStatus] = useState<{ message: string; failed: boolean }>({ message: "", failed: false });

  async function download(what: What) {
    if (working) return;
    setWorking(what);
    setStatus({ message: text("common.preparingFile"), failed: false });
    try {
      const { blob, fileName } = await fetchCsv(cohortId, what);
      saveBlob(blob, fileName);
      setStatus({ message: text("dashboard.download.done", { file: fileName }), failed: false });
    } catch {
      setStatus({ message: text("dashboard.download.failed"), failed: true });
    } finally {
      setWorking(null);
    }
  }

  return (
    <section className="dash-section dash-actions no-print" aria-labelledby="dash-actions-heading">
      <h2 id="dash-actions-heading">{text("dashboard.actions.heading")}</h2>
      <div className="button-row">
        {(["commitments", "checkins"] as const).map((what) => (
          <button
            key={what}
            type="button"
            className="button button-secondary"
            data-download={what}
            aria-busy={working === what}
            onClick={() => void download(what)}
          >
            {text(`dashboard.download.${what}`)}
          </button>
        ))}
        <a className="button" href={links.report} data-report="">
          {text("dashboard.openReport")}
        </a>
        <a className="button button-secondary" href={links.wall} data-wall="">
          {text("dashboard.openWall")}
        </a>
      </div>
      <p
        className={status.failed ? "form-error" : "field-hint"}
        role={status.failed ? "alert" : undefined}
        aria-live="polite"
      >
        {status.message}
      </p>
    </section>
  );
}
