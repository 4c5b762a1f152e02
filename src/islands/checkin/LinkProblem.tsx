// A link that cannot be used: what happened and what to do instead.
import type { LinkProblem as Problem } from "./checkin-api";
import type { IslandText } from "../../i18n/islands";
import { OutcomePanel } from "../shared/OutcomePanel";

interface LinkProblemProps {
  problem: Problem;
  meHref: string;
  text: IslandText<"checkin">;
  /** The built HTML's copy (FirstFrame, CheckinPage.astro), shown only where the address holds no link; no marker. */
  firstFrame?: boolean;
}

/** The invalid or expired link page; its heading takes focus so screen readers announce it. */
export function LinkProblem({ problem, meHref, text, firstFrame = false }: LinkProblemProps) {
  return (
    <OutcomePanel
      headingId="checkin-problem"
      heading={text(problem === "expired" ? "common.linkExpired" : "common.linkBroken")}
      marker={firstFrame ? { "data-first-frame": "no-link" } : { "data-link-problem": problem }}
    >
      <p>{text(`checkin.${problem}.body`)}</p>
      <p>{text("checkin.problem.todo")}</p>
      <p className="button-row">
        <a className="button" href={meHref}>
          {text("common.goToMe")}
        </a>
      </p>
    </OutcomePanel>
  );
}
