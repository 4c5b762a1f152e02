// The island of /supervisor/ and /en/supervisor/, opened from the supervisor's weekly email: this week's
// huddle prompt, then each team member's shared commitments with "discussed" and "observed".
import { useEffect, useState } from "react";
import { textFor } from "../../i18n/format";
import type { IslandStrings, IslandText } from "../../i18n/islands";
import { linkProblemOf } from "../checkin/checkin-api";
import { requestErrorKey } from "../../lib/request-errors";
import { useInBrowser } from "../shared/use-in-browser";
import { DigestStop } from "./DigestStop";
import { SharedCommitmentCard } from "./SharedCommitmentCard";
import { loadTeam, tokenInAddress, type SupervisorView } from "./supervisor-api";

/** Props the page passes; strings are already translated for the page's locale. */
export interface SupervisorTeamProps {
  strings: IslandStrings<"supervisor">;
}

/** `div[data-supervisor-page]`. */
export default function SupervisorTeam({ strings }: SupervisorTeamProps) {
  const inBrowser = useInBrowser();
  const text = textFor(strings);
  return (
    <div className="supervisor-page" data-supervisor-page="">
      {inBrowser ? <Team text={text} /> : <p className="note">{text("supervisor.loading")}</p>}
    </div>
  );
}

function Team({ text }: { text: IslandText<"supervisor"> }) {
  const [token] = useState(() => tokenInAddress(window.location.hash));
  const [view, setView] = useState<SupervisorView | null>(null);
  const [problem, setProblem] = useState("");

  useEffect(() => {
    if (!token) return setProblem(text("supervisor.invalid"));
    loadTeam(token).then(setView, (error) => {
      const link = linkProblemOf(error);
      setProblem(link ? text(`supervisor.${link}`) : text(requestErrorKey(error)));
    });
  }, [token]);

  if (problem)
    return (
      <p className="form-error" role="alert" data-supervisor-problem="">
        {problem}
      </p>
    );
  if (!view) return <p className="note">{text("supervisor.loading")}</p>;
  return (
    <>
      <section className="panel supervisor-prompt" data-huddle-prompt="">
        <h2>{text("supervisor.prompt")}</h2>
        <p>{text(`huddle.prompt.${view.prompt}` as `huddle.prompt.0`)}</p>
      </section>
      {!view.team.length ? <p className="note">{text("supervisor.empty")}</p> : null}
      {view.team.map((member) => (
        <section key={member.id} className="supervisor-member" data-member="">
          <h2>{member.name}</h2>
          {member.commitments.map((k) => (
            <SharedCommitmentCard key={k.id} token={token} commitment={k} text={text} onMarked={setView} />
          ))}
        </section>
      ))}
      <p className="note supervisor-privacy">{text("supervisor.privacy")}</p>
      <DigestStop token={token} stopped={view.stopped} text={text} onChanged={setView} />
    </>
  );
}
