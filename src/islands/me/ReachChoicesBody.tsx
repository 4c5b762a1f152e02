// The open "how to reach me" section (ReachChoices.tsx): one row per channel offered, and per channel
// still consented to, loaded from the server when the section is first opened.
import { useEffect, useState } from "react";
import type { ReachChannelsRecord } from "../../lib/pocketbase-types";
import { useMe } from "./me-context";
import { failureKey } from "./my-data";
import { ReachChoice } from "./ReachChoice";
import { REACH_CHANNELS, loadReach, type ReachState } from "./reach-choices";

/** The section's rows for the signed-in participant. */
export default function ReachChoicesBody({ participantId }: { participantId: string }) {
  const { text } = useMe();
  const [state, setState] = useState<ReachState | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    let live = true;
    loadReach(participantId).then(
      (loaded) => live && setState(loaded),
      (failure) => live && setError(text(failureKey(failure))),
    );
    return () => {
      live = false;
    };
  }, [participantId]);

  function saved(record: ReachChannelsRecord) {
    setState((s) => (s ? { ...s, choices: { ...s.choices, [record.channel]: record } } : s));
  }

  if (error)
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  if (!state) return <p className="note">{text("me.loading")}</p>;
  // A channel no longer offered (its robot removed, say) stays listed while consented: withdrawing must stay possible.
  const shown = REACH_CHANNELS.filter((c) => state.offered.includes(c) || state.choices[c]?.consent);
  if (!shown.length) return <p className="note">{text("me.reach.none")}</p>;
  return (
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
  );
}
