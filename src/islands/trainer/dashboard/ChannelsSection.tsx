// The cohort's channels: per channel what went out, failed and was answered, each message as a
// participant receives it, and "send me a test message". Closed until opened; then its panel
// (ChannelsPanel.tsx, its own chunk: scripts/bench/js-budgets.mjs) loads and asks the server.
import { lazy, Suspense, useState } from "react";
import { useDashboard } from "./dashboard-context";

const ChannelsPanel = lazy(() => import("./ChannelsPanel"));

/** `section[data-channels]`: a heading that opens the channels' panel. */
export function ChannelsSection({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [opened, setOpened] = useState(false);
  return (
    <section className="dash-section dash-robots no-print" data-channels="">
      <h2 className="dash-robots-heading">
        <button
          type="button"
          className="dash-robots-toggle"
          aria-expanded={opened}
          aria-controls="dash-channels-body"
          onClick={() => setOpened((o) => !o)}
        >
          {text("dashboard.channels.heading")}
        </button>
      </h2>
      {opened ? (
        <div id="dash-channels-body">
          <Suspense fallback={<p className="note">{text("dashboard.channels.loading")}</p>}>
            <ChannelsPanel cohortId={cohortId} />
          </Suspense>
        </div>
      ) : null}
    </section>
  );
}
