// The signed-in trainer's workspace: who is signed in, a status line, the new-cohort form, the cohorts.
import { useState } from "react";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { CohortForm } from "./CohortForm";
import { CohortItem, type CohortPaths } from "./CohortItem";
import { CohortList } from "./CohortList";
import type { IslandKey, IslandText } from "../../../i18n/islands";
import { signOut, trainerName } from "../shared/trainer-api";
import { useCohorts } from "./use-cohorts";
import type { Locale } from "../../../i18n/locales";

interface WorkspaceProps {
  locale: Locale;
  paths: CohortPaths;
  text: IslandText<"workspace">;
}

/** Everything after sign-in. `editing` is "new", a cohort id, or null: one form at a time. */
export function Workspace({ locale, paths, text }: WorkspaceProps) {
  const { cohorts, error, reload, put } = useCohorts();
  const [editing, setEditing] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  function changed(record: CohortsRecord, done: IslandKey<"workspace">) {
    put(record);
    setEditing(null);
    setFocusId(record.id);
    setStatus(text(done, { name: record.name, code: record.joinCode }));
  }

  const render = (cohort: CohortsRecord) =>
    editing === cohort.id ? (
      <li key={cohort.id} className="cohort" data-cohort-editing={cohort.id}>
        <CohortForm
          cohort={cohort}
          locale={locale}
          text={text}
          onSaved={(r) => changed(r, "trainer.cohorts.doneSaved")}
          onCancel={() => {
            setEditing(null);
            setFocusId(cohort.id);
          }}
        />
      </li>
    ) : (
      <CohortItem
        key={cohort.id}
        cohort={cohort}
        locale={locale}
        paths={paths}
        text={text}
        focus={focusId === cohort.id}
        onEdit={() => {
          setStatus("");
          setFocusId(null);
          setEditing(cohort.id);
        }}
        onChanged={changed}
      />
    );

  return (
    <div className="workspace">
      <div className="workspace-bar">
        <p>{text("trainer.signin.signedInAs", { name: trainerName() })}</p>
        <button type="button" className="button button-secondary" data-sign-out onClick={signOut}>
          {text("trainer.signin.signOut")}
        </button>
      </div>
      <p className="workspace-status" role="status" aria-live="polite" data-status>
        {status}
      </p>
      <section aria-labelledby="cohorts-heading">
        <div className="workspace-bar">
          <h2 id="cohorts-heading">{text("trainer.cohorts.heading")}</h2>
          {editing === "new" ? null : (
            <button
              type="button"
              className="button"
              data-create-cohort
              onClick={() => {
                setStatus("");
                setEditing("new");
              }}
            >
              {text("trainer.cohorts.create")}
            </button>
          )}
        </div>
        {editing === "new" ? (
          <CohortForm
            locale={locale}
            text={text}
            onSaved={(r) => changed(r, "trainer.cohorts.doneCreated")}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        {error ? (
          <div className="panel" role="alert">
            <p className="form-error">{text(error)}</p>
            <button type="button" className="button" onClick={reload}>
              {text("common.retry")}
            </button>
          </div>
        ) : cohorts === null ? (
          <p className="note" aria-live="polite">
            {text("trainer.cohorts.loading")}
          </p>
        ) : (
          <CohortList
            cohorts={cohorts}
            text={text}
            render={render}
            archivedOpen={cohorts.some((c) => c.archived && (c.id === editing || c.id === focusId))}
          />
        )}
      </section>
    </div>
  );
}
