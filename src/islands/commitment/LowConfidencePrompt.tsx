// Below 7 the course says: make it smaller or get support. One small field adds what would help to
// "who can support me"; one button takes the participant back to the action to shrink it.
import { useState } from "react";
import { FieldTexts } from "../shared/FieldTexts";
import type { IslandText } from "../../i18n/islands";

interface LowConfidencePromptProps {
  onAddSupport: (help: string) => void;
  onEditAction: () => void;
  text: IslandText<"commit">;
}

/** Two ways to a 7 or higher: support, or a smaller action. */
export function LowConfidencePrompt({ onAddSupport, onEditAction, text }: LowConfidencePromptProps) {
  const [help, setHelp] = useState("");
  const add = () => {
    if (help.trim() === "") return;
    onAddSupport(help.trim());
    setHelp("");
  };
  return (
    <div className="commit-prompt" data-low-confidence>
      <div className="field">
        <label htmlFor="commit-confidenceHelp">{text("commit.lowConfidence.question")}</label>
        <FieldTexts name="confidenceHelp" help={text("commit.lowConfidence.help")} />
        <input
          id="commit-confidenceHelp"
          name="confidenceHelp"
          type="text"
          value={help}
          maxLength={100}
          aria-describedby="confidenceHelp-help"
          onChange={(e) => setHelp(e.target.value)}
          // Enter adds the answer instead of submitting the whole commitment.
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <p>
          <button type="button" className="button button-secondary" data-add-to-support onClick={add}>
            {text("commit.lowConfidence.add")}
          </button>
        </p>
      </div>
      <p>{text("commit.lowConfidence.smaller")}</p>
      <p>
        <button type="button" className="button button-secondary" data-edit-action onClick={onEditAction}>
          {text("commit.lowConfidence.editAction")}
        </button>
      </p>
    </div>
  );
}
