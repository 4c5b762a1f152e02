// The cohort's belonging profile: how many answers count so far and, once the trainer asks, the profile,
// worked out once with noise so that no one's answers can be read from it (the server decides both:
// pocketbase/pb_hooks/lib/belonging-profile.js). Asking is confirmed first: it cannot be redone.
import { useState } from "react";
import { formatDay } from "../../../lib/dates";
import { ConfirmBox } from "../../shared/ConfirmBox";
import { BELONGING, type BelongingStatus } from "../shared/cohort-api";
import { BarChart } from "./BarChart";
import { releaseBelonging } from "./dashboard-api";
import { useDashboard } from "./dashboard-context";

type Phase = "idle" | "confirming" | "releasing" | "failed";

/** `figure[data-chart="belonging"]`: the released profile, or the count so far and `button[data-release-belonging]`. */
export function BelongingProfile({ cohortId, initial }: { cohortId: string; initial: BelongingStatus }) {
  const { text, locale } = useDashboard();
  const [status, setStatus] = useState(initial);
  const [phase, setPhase] = useState<Phase>("idle");
  const { profile } = status;

  async function release() {
    setPhase("releasing");
    try {
      setStatus(await releaseBelonging(cohortId));
      setPhase("idle");
    } catch {
      setPhase("failed");
    }
  }

  if (profile) {
    const note = text("dashboard.chart.belongingNote", {
      date: formatDay(profile.releasedAt, locale),
      answers: profile.answers,
      noise: profile.noise.toFixed(2),
    });
    return (
      <BarChart
        name="belonging"
        title={text("dashboard.chart.belonging")}
        note={note}
        headers={[text("dashboard.chart.component"), text("dashboard.chart.mean")]}
        max={5}
        data={BELONGING.map((c) => ({
          key: c,
          label: text(`dashboard.belonging.${c}`),
          value: profile[c],
          display: profile[c].toFixed(1),
        }))}
      />
    );
  }
  const busy = phase === "releasing";
  return (
    <figure className="chart" data-chart="belonging" data-empty="" data-answers={status.answers}>
      <figcaption>
        <h3>{text("dashboard.chart.belonging")}</h3>
      </figcaption>
      <p className="note">
        {text("dashboard.chart.belongingEmpty", { answers: status.answers, needed: status.needed })}
      </p>
      {status.answers >= status.needed && phase !== "confirming" ? (
        <button
          type="button"
          className="button"
          data-release-belonging=""
          disabled={busy}
          aria-busy={busy}
          onClick={() => setPhase("confirming")}
        >
          {text("dashboard.belonging.release")}
        </button>
      ) : null}
      {phase === "confirming" ? (
        <ConfirmBox
          question={text("dashboard.belonging.releaseConfirm", { answers: status.answers })}
          confirmLabel={text("dashboard.belonging.releaseYes")}
          cancelLabel={text("dashboard.belonging.releaseCancel")}
          tone="primary"
          onConfirm={() => void release()}
          onCancel={() => setPhase("idle")}
        />
      ) : null}
      {phase === "failed" ? (
        <p className="form-error" role="alert">
          {text("dashboard.belonging.releaseFailed")}
        </p>
      ) : null}
    </figure>
  );
}
