// "Add to calendar": an .ics file for a commitment with a due date, made on the device.
import { commitmentToIcs, icsFileName } from "../../lib/ics";
import { isoDateToDay } from "../../lib/iso-date";
import type { MyCommitment } from "./my-commitments";
import { saveBlob } from "./save-file";
import { useMe } from "./me-context";

interface CalendarButtonProps {
  commitment: MyCommitment;
  /** Says politely that the file was downloaded. */
  announce: (message: string) => void;
}

/** Downloads the commitment as a calendar entry; nothing at all without a due date. */
export function CalendarButton({ commitment, announce }: CalendarButtonProps) {
  const { text, locale } = useMe();
  if (isoDateToDay(commitment.dueOn) === null) return null;

  function download() {
    const ics = commitmentToIcs(commitment, {
      locale,
      now: new Date(),
      labels: {
        trigger: text("common.trigger"),
        measure: text("common.measure"),
        reminder: text("me.calendar.reminder"),
      },
    });
    saveBlob(
      new Blob([ics], { type: "text/calendar;charset=utf-8" }),
      icsFileName(commitment.action, commitment.dueOn),
    );
    announce(text("me.calendar.done"));
  }

  return (
    <button type="button" className="button button-secondary" data-add-to-calendar="" onClick={download}>
      {text("me.calendar.button")}
    </button>
  );
}
