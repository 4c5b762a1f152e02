// What the commitment island renders in the build and during hydration: the form of a participant who
// joined, empty and inert, so the page opens at the size the working form takes and nothing below it moves
// when it hydrates. Drafts, the session and `?module=` live in the browser: CommitmentForm shows them after.
import { EMPTY_DRAFT } from "../../stores/commitment-draft";
import { CommitmentFields } from "./CommitmentFields";
import { ModulePicker, type ModuleChoice } from "./ModulePicker";
import type { IslandText } from "../../i18n/islands";

interface CommitmentPreviewProps {
  modules: readonly ModuleChoice[];
  /** The module page's module; without one (/commit/) only the module picker holds the place. */
  module: string | undefined;
  text: IslandText<"commit">;
}

const nothing = () => {};

/** The form's frame without state: fields empty, the submit button, no delivery list. */
export function CommitmentPreview({ modules, module, text }: CommitmentPreviewProps) {
  return (
    <div className="commitment" inert aria-busy="true">
      <fieldset className="placeholder-fields" disabled>
        {module === undefined ? <ModulePicker modules={modules} value="" onChange={nothing} text={text} /> : null}
        {module ? (
          <div className="form commit-form">
            <p className="field-help">{text("commit.saved")}</p>
            <CommitmentFields
              draft={EMPTY_DRAFT}
              onChange={nothing}
              findingsFor={() => []}
              errors={{}}
              text={text}
              confidencePrompt={null}
            />
            <div className="commit-submit">
              <button type="button" className="button button-large">
                {text("commit.submit")}
              </button>
            </div>
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
