// One participant's commitments (with status) and check-in history, read through the trainer's client.
import { useEffect, useRef } from "react";
import { useLoad } from "../../shared/use-load";
import { loadParticipantDetail, type ParticipantRow } from "./dashboard-api";
import { DetailCheckins, DetailCommitments } from "./DetailLists";
import { useDashboard } from "./dashboard-context";

interface ParticipantDetailProps {
  participant: ParticipantRow;
  onClose: () => void;
}

/** `section[data-participant-detail=<id>]`; takes focus when it opens so the reader lands on it. */
export function ParticipantDetail({ participant, onClose }: ParticipantDetailProps) {
  const { text } = useDashboard();
  const { data: detail, error: failed } = useLoad(() => loadParticipantDetail(participant.id), [participant.id]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [participant.id]);

  return (
    <section
      className="panel dash-detail"
      data-participant-detail={participant.id}
      aria-labelledby="dash-detail-heading"
      aria-busy={!detail && !failed}
    >
      <h3 id="dash-detail-heading" ref={headingRef} tabIndex={-1}>
        {text("dashboard.detail.heading", { name: detail?.participant.name ?? participant.name })}
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
      <p>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {text("dashboard.detail.close")}
        </button>
      </p>
    </section>
  );
}
