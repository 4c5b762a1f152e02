// "How to reach me": the channels beyond email this participant may choose, each with its own consent
// (PIPL: one per purpose and recipient). Email stays in "my data"; this section only adds channels. It
// stays closed until opened, and only then loads its rows (ReachChoicesBody.tsx, its own chunk) and asks
// the server anything, so the page's first paint and its JavaScript stay as they were.
import { lazy, Suspense, useState } from "react";
import { useMe } from "./me-context";

const ReachChoicesBody = lazy(() => import("./ReachChoicesBody"));

/** `section[data-reach-choices]`: a closed `details` until a tap on its heading. */
export function ReachChoices({ participantId }: { participantId: string }) {
  const { text } = useMe();
  const [opened, setOpened] = useState(false);
  const loading = <p className="note">{text("me.loading")}</p>;
  return (
    <section className="panel my-reach" data-reach-choices="">
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>
          <h2 className="my-reach-heading">{text("me.reach.heading")}</h2>
        </summary>
        {opened ? (
          <Suspense fallback={loading}>
            <ReachChoicesBody participantId={participantId} />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
