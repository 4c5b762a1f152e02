// After "delete my participation": what happened, announced by moving focus to it.
import { useEffect, useRef } from "react";
import { useMe } from "./me-context";

/** The confirmation that the participation was deleted. */
export function Farewell({ homeHref }: { homeHref: string }) {
  const { text } = useMe();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel" data-testid="participation-deleted" aria-labelledby="farewell-heading">
      <h2 id="farewell-heading" ref={headingRef} tabIndex={-1}>
        {text("me.leave.done.heading")}
      </h2>
      <p>{text("me.leave.done.body")}</p>
      <p>
        <a className="button" href={homeHref}>
          {text("common.home")}
        </a>
      </p>
    </section>
  );
}
