// A cohort's actions: edit, new join code, archive or restore; the last three confirm in the page first.
import { useRef, useState } from "react";
import type { CohortsRecord } from "../../../lib/pocketbase-types";
import { ConfirmBox } from "../../shared/ConfirmBox";
import type { IslandKey, IslandText } from "../../../i18n/islands";
import { renewJoinCode, updateCohort } from "../shared/trainer-api";
import { requestErrorKey } from "../../../lib/request-errors";
import { FormError } from "../../shared/FormError";

type Action = "newCode" | "archive" | "restore";

interface CohortActionsProps {
  cohort: CohortsRecord;
  describedBy: string;
  text: IslandText<"workspace">;
  onEdit: () => void;
  onChanged: (record: CohortsRecord, done: IslandKey<"workspace">) => void;
}

const CONFIRM: Record<
  Action,
  { message: IslandKey<"workspace">; yes: IslandKey<"workspace">; done: IslandKey<"workspace"> }
> = {
  newCode: {
    message: "trainer.cohorts.confirmNewCode",
    yes: "trainer.cohorts.confirmNewCodeYes",
    done: "trainer.cohorts.doneNewCode",
  },
  archive: {
    message: "trainer.cohorts.confirmArchive",
    yes: "trainer.cohorts.confirmArchiveYes",
    done: "trainer.cohorts.doneArchived",
  },
  restore: {
    message: "trainer.cohorts.confirmRestore",
    yes: "trainer.cohorts.confirmRestoreYes",
    done: "trainer.cohorts.doneRestored",
  },
};

/** The buttons under a cohort and, when one is pressed, its confirmation. */
export function CohortActions({ cohort, describedBy, text, onEdit, onChanged }: CohortActionsProps) {
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IslandKey<"workspace"> | null>(null);
  const buttons = useRef<HTMLDivElement>(null);

  function ask(action: Action) {
    setError(null);
    setAsking(action);
  }

  function cancel() {
    const back = asking;
    setAsking(null);
    requestAnimationFrame(() => buttons.current?.querySelector<HTMLElement>(`[data-action="${back}"]`)?.focus());
  }

  async function run(action: Action) {
    setBusy(true);
    try {
      const record =
        action === "newCode"
          ? { ...cohort, joinCode: await renewJoinCode(cohort.id) }
          : await updateCohort(cohort.id, { archived: action === "archive" });
      setAsking(null);
      onChanged(record, CONFIRM[action].done);
    } catch (failure) {
      setError(requestErrorKey(failure));
    } finally {
      setBusy(false);
    }
  }

  const params = { name: cohort.name, code: cohort.joinCode };
  const button = (action: Action, label: IslandKey<"workspace">, attr: string) => (
    <button
      type="button"
      className="button button-secondary"
      data-action={action}
      {...{ [attr]: "" }}
      aria-describedby={describedBy}
      aria-expanded={asking === action}
      onClick={() => ask(action)}
    >
      {text(label)}
    </button>
  );
  return (
    <>
      <div className="button-row" ref={buttons}>
        <button
          type="button"
          className="button button-secondary"
          data-edit
          aria-describedby={describedBy}
          onClick={onEdit}
        >
          {text("trainer.cohorts.edit")}
        </button>
        {cohort.archived ? null : button("newCode", "trainer.cohorts.newCode", "data-new-code")}
        {cohort.archived
          ? button("restore", "trainer.cohorts.restore", "data-restore")
          : button("archive", "trainer.cohorts.archive", "data-archive")}
      </div>
      {asking ? (
        // The cohort's buttons stay on screen above the question, so the whole box takes focus.
        <ConfirmBox
          question={text(CONFIRM[asking].message, params)}
          confirmLabel={text(CONFIRM[asking].yes)}
          cancelLabel={text("common.cancel")}
          focus="box"
          busy={busy}
          onConfirm={() => void run(asking)}
          onCancel={cancel}
        />
      ) : null}
      <FormError message={error && text(error)} />
    </>
  );
}
