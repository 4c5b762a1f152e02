// "Delete my participation": says exactly what goes, asks, then deletes and signs this device out.
import { ConfirmAction } from "../shared/ConfirmAction";
import { deleteParticipation } from "./my-data";
import { useMe } from "./me-context";

/** `button[data-delete-participation]`, then `button[data-delete-participation-confirm]`. */
export function DeleteParticipation({ participantId }: { participantId: string }) {
  const { text } = useMe();
  const question = (
    <>
      <p>{text("me.leave.question")}</p>
      <ul>
        <li>{text("me.leave.profile")}</li>
        <li>{text("me.leave.commitments")}</li>
        <li>{text("me.leave.exercises")}</li>
        <li>{text("me.leave.followups")}</li>
      </ul>
      <p>{text("me.leave.device")}</p>
      <p className="note">{text("me.leave.reports")}</p>
    </>
  );

  async function confirm(): Promise<string | null> {
    const failed = await deleteParticipation(participantId);
    return failed ? text(failed) : null;
  }

  return (
    <div className="my-data-part">
      <h3>{text("me.leave.heading")}</h3>
      <p>{text("me.leave.body")}</p>
      <ConfirmAction
        name="delete-participation"
        id="delete-participation"
        label={text("me.leave.heading")}
        question={question}
        confirmLabel={text("me.leave.confirm")}
        cancelLabel={text("me.delete.cancel")}
        workingLabel={text("common.deleting")}
        onConfirm={confirm}
      />
    </div>
  );
}
