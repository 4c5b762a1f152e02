// "Ask supervisors to follow": the trainer pastes a list (participant, supervisor, email) that only
// proposes; each participant then consents per commitment on their own page. Closed until opened; then
// its form (SupervisorProposalsForm.tsx, its own chunk) loads.
import { lazy, Suspense, useState } from "react";
import { useDashboard } from "./dashboard-context";

const SupervisorProposalsForm = lazy(() => import("./SupervisorProposalsForm"));

/** `section[data-supervisor-proposals]`: a heading that opens the list's form. */
export function SupervisorProposals({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [opened, setOpened] = useState(false);
  return (
    <section className="dash-section dash-robots no-print" data-supervisor-proposals="">
      <h2 className="dash-robots-heading">
        <button
          type="button"
          className="dash-robots-toggle"
          aria-expanded={opened}
          aria-controls="dash-supervisors-body"
          onClick={() => setOpened((o) => !o)}
        >
          {text("dashboard.supervisors.heading")}
        </button>
      </h2>
      {opened ? (
        <div id="dash-supervisors-body">
          <Suspense fallback={<p className="note">{text("dashboard.robots.loading")}</p>}>
            <SupervisorProposalsForm cohortId={cohortId} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
