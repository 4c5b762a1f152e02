// One participant's commitments (with status) and check-in history, read through the trainer's client,
// and what the trainer can do for them at the front of the room: a re-join code, hiding a commitment
// from the wall and the report, removing them from the cohort.
import { useEffect, useRef } from "react";
import { useLoad } from "../../shared/use-load";
import { ConfirmAction } from "../../shared/ConfirmAction";
import { loadParticipantDetail, removeParticipant, type ParticipantRow } from "./dashboard-api";
import { DetailCheckins, DetailCommitments } from "./DetailLists";
import { RejoinPanel } from "./RejoinPanel";
import { useDashboard } from "./dashboard-context";

interface ParticipantDetailProps {
  cohortId: string;
  participant: ParticipantRow;
  onClose: () => void;
  /** After the participant was removed: the dashboard counts again. */
  onRemoved: () => void;
}

/** `section[data-participant-detail=<id>]`; takes focus when it opens so the reader lands on it. */
export function ParticipantDetail({ cohortId, participant, onClose, onRemoved }: ParticipantDetailProps) {
  const { text } = useDashboard();
  const { data: detail, error: failed } = useLoad(() => loadParticipantDetail(participant.id), [participant.id]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [participant.id]);
  const name = detail?.participant.name ?? participant.name;

  return (
    <section
      className="panel dash-detail"
      data-participant-detail={participant.id}
      aria-labelledby="dash-detail-heading"
      aria-busy={!detail && !failed}
    >
      <h3 id="dash-detail-heading" ref={headingRef} tabIndex={-1}>
        {text("dashboard.detail.heading", { name })}
      </h3>
      {failed ? (
        <p className="form-error" role="alert">
          {text("dashboard.detail.failed")}
        </p>
      ) : null}
      {!detail && !failed ? <p className="note">{text("dashboard.detail.loading")}</p> : null}
      {detail ? (
        <div className="dash-detail-lists">
          <DetailCommitments commitments={detail.commitments} />
          <DetailCheckins checkins={detail.checkins} commitments={detail.commitments} />
        </div>
      ) : null}
      <div className="dash-detail-actions">
        <RejoinPanel cohortId={cohortId} participant={{ id: participant.id, name }} />
        <div className="dash-remove">
          <h4>{text("dashboard.remove.heading")}</h4>
          <p className="note">{text("dashboard.remove.intro")}</p>
          <ConfirmAction
            name="remove-participant"
            id={`remove-${participant.id}`}
            label={text("dashboard.remove.button")}
            question={<p>{text("dashboard.remove.question", { name })}</p>}
            confirmLabel={text("dashboard.remove.confirm")}
            cancelLabel={text("common.cancel")}
            workingLabel={text("common.deleting")}
            onConfirm={async () => {
              try {
                await removeParticipant(participant.id);
                onRemoved();
                return null;
              } catch {
                return text("dashboard.remove.failed");
              }
            }}
          />
        </div>
      </div>
      <p>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {text("dashboard.detail.close")}
        </button>
      </p>
    </section>
  );
}
