// A link that cannot be used: what happened and what to do instead.
import { useEffect, useRef } from "react";
import type { LinkProblem as Problem } from "./checkin-api";
import type { IslandText } from "../../i18n/islands";

interface LinkProblemProps {
  problem: Problem;
  meHref: string;
  text: IslandText<"checkin">;
}

/** The invalid or expired link page; its heading takes focus so screen readers announce it. */
export function LinkProblem({ problem, meHref, text }: LinkProblemProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel checkin-panel" data-link-problem={problem} aria-labelledby="checkin-problem">
      <h2 id="checkin-problem" ref={headingRef} tabIndex={-1}>
        {text(`checkin.${problem}.heading`)}
      </h2>
      <p>{text(`checkin.${problem}.body`)}</p>
      <p>{text("checkin.problem.todo")}</p>
      <p className="button-row">
        <a className="button" href={meHref}>
          {text("common.goToMe")}
        </a>
      </p>
    </section>
  );
}
