// A message whose filled-in values (a name, a date, a status) each stay on one line: Chinese text may
// break between any two characters, which splits "2026年12月4日" or "计划中" in two.
import { keptPieces, type MessageParams } from "../../i18n/format";

interface MessageProps {
  /** The message with its `{placeholders}`, e.g. `text("me.who")` called without values. */
  template: string;
  values: MessageParams;
}

/** The message, each value (with its quotation marks or brackets) in a `span.keep-together`. */
export function Message({ template, values }: MessageProps) {
  return (
    <>
      {keptPieces(template, values).map((piece, i) =>
        typeof piece === "string" ? (
          piece
        ) : (
          <span key={i} className="keep-together">
            {piece.kept}
          </span>
        ),
      )}
    </>
  );
}
