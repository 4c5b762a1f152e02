// The cohort's WeCom and DingTalk group robots: participants who choose the group digest are @-mentioned
// there once a day. Closed until opened; then its forms (GroupRobotForms.tsx, their own chunk) load.
import { lazy, Suspense, useState } from "react";
import { useDashboard } from "./dashboard-context";

const GroupRobotForms = lazy(() => import("./GroupRobotForms"));

/** `section[data-group-robots]`: a heading that opens the robots' forms. */
export function GroupRobots({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [opened, setOpened] = useState(false);
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
          <Suspense fallback={<p className="note">{text("dashboard.robots.loading")}</p>}>
            <GroupRobotForms cohortId={cohortId} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
