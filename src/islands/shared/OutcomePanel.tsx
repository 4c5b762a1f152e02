// The panel an email link's page ends in (check-in, unsubscribe and confirmation pages: unsubscribed, a
// link problem...): its heading takes focus, so screen readers announce what happened.
import { useEffect, useRef, type ReactNode } from "react";

interface OutcomePanelProps {
  /** id of the heading, which labels the panel. */
  headingId: string;
  heading: string;
  /** data-* attributes that name the outcome, for tests and styles. */
  marker: Record<string, string>;
  children: ReactNode;
}

/** A result panel whose heading takes focus when it appears. */
export function OutcomePanel({ headingId, heading, marker, children }: OutcomePanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel checkin-panel" aria-labelledby={headingId} {...marker}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
