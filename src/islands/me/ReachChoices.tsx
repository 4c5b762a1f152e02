// "How to reach me": the channels beyond email this participant may choose, each with its own consent
// (PIPL: one per purpose and recipient). Email stays in "my data"; this section only adds channels.
import { useEffect, useState } from "react";
import type { ReachChannelsRecord } from "../../lib/pocketbase-types";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";
import { ReachChoice } from "./ReachChoice";
import { REACH_CHANNELS, loadReach, type ReachState } from "./reach-choices";

/**
 * `section[data-reach-choices]`: collapsed until opened (so the page's first paint asks the server for
 * nothing more), then one row per channel offered, and per channel still consented to.
 */
export function ReachChoices({ participantId }: { participantId: string }) {
  const { text } = useMe();
  const [opened, setOpened] = useState(false);
  const [state, setState] = useState<ReachState | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    if (!opened) return;
    let live = true;
    loadReach(participantId).then(
      (loaded) => live && setState(loaded),
      (failure) => live && setError(text(failureKey(failure))),
    );
    return () => {
      live = false;
    };
  }, [opened, participantId]);

  function saved(record: ReachChannelsRecord) {
    setState((s) => (s ? { ...s, choices: { ...s.choices, [record.channel]: record } } : s));
  }

  // A channel no longer offered (its robot removed, say) stays listed while consented: withdrawing must stay possible.
  const shown = state ? REACH_CHANNELS.filter((c) => state.offered.includes(c) || state.choices[c]?.consent) : [];
  return (
    <section className="panel my-reach" data-reach-choices="">
      <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>
          <h2 className="my-reach-heading">{text("me.reach.heading")}</h2>
        </summary>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : !state ? (
          <p className="note">{text("me.loading")}</p>
        ) : shown.length ? (
          <>
            <p>{text("me.reach.intro")}</p>
            {shown.map((channel) => (
              <ReachChoice
                key={channel}
                participantId={participantId}
                channel={channel}
                choice={state.choices[channel]}
                onSaved={saved}
              />
            ))}
          </>
        ) : (
          <p className="note">{text("me.reach.none")}</p>
        )}
      </details>
    </section>
  );
}
