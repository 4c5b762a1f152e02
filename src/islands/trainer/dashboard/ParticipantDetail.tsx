// One participant's commitments (with status) and check-in history, read through the trainer's client.
import { useEffect, useRef, useState } from "react";
import { loadParticipantDetail, type ParticipantDetail as Detail, type ParticipantRow } from "./dashboard-api";
import { DetailCheckins, DetailCommitments } from "./DetailLists";
import { useDashboard } from "./dashboard-context";

interface ParticipantDetailProps {
  participant: ParticipantRow;
  onClose: () => void;
}

/** `section[data-participant-detail=<id>]`; takes focus when it opens so the reader lands on it. */
export function ParticipantDetail({ participant, onClose }: ParticipantDetailProps) {
  const { text } = useDashboard();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [failed, setFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    let current = true;
    loadParticipantDetail(participant.id).then(
      (answer) => current && setDetail(answer),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [participant.id]);

  return (
    <section className="panel dash-detail" data-participant-detail={participant.id} aria-labelledby="dash-detail-heading" aria-busy={!detail && !failed}>
      <h3 id="dash-detail-heading" ref={headingRef} tabIndex={-1}>
        {text("dashboard.detail.heading", { name: detail?.participant.name ?? participant.name })}
      </h3>
      {failed ? <p className="form-error" role="alert">{text("dashboard.detail.failed")}</p> : null}
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
