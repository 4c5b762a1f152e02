// The trainer's list of supervisors to propose (POST /api/jiannuo/supervisors/propose, all lines or
// none, each bad line named), and how many proposals wait, were agreed or withdrawn: counts only, since
// what each participant shares is theirs to decide.
import { useEffect, useState } from "react";
import { apiErrorKeys, FORM_ERROR } from "../../../lib/api-errors";
import { trainerPb } from "../../../lib/pocketbase";
import { cohortRoute, READ } from "../shared/cohort-api";
import { useDashboard } from "./dashboard-context";

interface Counts {
  links: { proposed: number; active: number; withdrawn: number; shared: number };
}

/** The list's form and the counts. */
export default function SupervisorProposalsForm({ cohortId }: { cohortId: string }) {
  const { text } = useDashboard();
  const [list, setList] = useState("");
  const [busy, setBusy] = useState(false);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [notice, setNotice] = useState("");
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    trainerPb.send<Counts>(cohortRoute(cohortId, "supervisors"), READ).then(setCounts, () => setCounts(null));
  }, [cohortId]);

  async function propose() {
    if (busy) return;
    setBusy(true);
    setNotice("");
    setProblems([]);
    try {
      const done = await trainerPb.send<Counts & { lines: number; proposed: number }>(
        "/api/jiannuo/supervisors/propose",
        { method: "POST", body: { cohort: cohortId, list }, requestKey: null },
      );
      setCounts(done);
      setList("");
      setNotice(text("dashboard.supervisors.result", { proposed: done.proposed, lines: done.lines }));
    } catch (error) {
      const keys = apiErrorKeys(error, {});
      setProblems(
        Object.entries(keys).map(([field, key]) => {
          const line = /^line(\d+)$/.exec(field)?.[1];
          return line && line !== "0" && field !== FORM_ERROR
            ? text("dashboard.supervisors.line", { line, message: text(key) })
            : text(key);
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="dash-supervisors"
      onSubmit={(e) => {
        e.preventDefault();
        void propose();
      }}
    >
      <p>{text("dashboard.supervisors.intro")}</p>
      {counts ? <p className="note">{text("dashboard.supervisors.counts", counts.links)}</p> : null}
      <div className="field">
        <label htmlFor="supervisor-list">{text("dashboard.supervisors.label")}</label>
        <textarea
          id="supervisor-list"
          name="list"
          rows={6}
          value={list}
          placeholder={text("dashboard.supervisors.placeholder")}
          onChange={(e) => setList(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy || !list.trim()}>
        {busy ? text("common.sending") : text("dashboard.supervisors.submit")}
      </button>
      <p className="note" role="status">
        {notice}
      </p>
      {problems.length ? (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
