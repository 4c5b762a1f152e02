// "Let my supervisor see my actions": naming a supervisor (店长、班组长) and, one consent per commitment,
// what they may see; the supervisors' notes. Closed until opened, and only then loads its body
// (SupervisorBody.tsx, its own chunk) and asks the server, as "how to reach me" does.
import { lazy, Suspense, useState } from "react";
import { useMe } from "./me-context";

const SupervisorBody = lazy(() => import("./SupervisorBody"));

/** `section[data-supervisor]`: a closed `details` until a tap on its heading. */
export function SupervisorSection() {
  const { text } = useMe();
  const [opened, setOpened] = useState(false);
  return (
    // Styled as "how to reach me" (me.css, .my-reach): collapsed under its heading, and shown once the
    // list above has loaded, so the list's cards never push it down in view.
    <section className="panel my-reach my-supervisor" data-supervisor="">
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>
          <h2 className="my-reach-heading">{text("me.supervisor.heading")}</h2>
        </summary>
        {opened ? (
          <Suspense fallback={<p className="note">{text("me.loading")}</p>}>
            <SupervisorBody />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
