// What a signed-in participant sees on /me/: who they are (and the way out), their commitments, how to
// reach them, their supervisor, and their data. Its own chunk: a device without a session (how most people and Lighthouse
// first open /me/) loads only the sign-in panel (README, "What each page costs").
import { sessionEmail, type Session } from "../../stores/session-state";
import { CommitmentList } from "./CommitmentList";
import { useMe } from "./me-context";
import { MyData } from "./MyData";
import { ReachChoices } from "./ReachChoices";
import { SignOut } from "./SignOut";
import { SupervisorSection } from "./SupervisorSection";
import { Message } from "../shared/Message";
import { lazy, Suspense } from "react";

// Buddies and the progress board: their own chunk, so the signed-in part draws first.
const Buddies = lazy(() => import("./Buddies"));

interface SignedInProps {
  session: Session;
  moduleTitles: Readonly<Record<string, string>>;
  courseHref: string;
}

/** The signed-in page. */
export default function SignedIn({ session, moduleTitles, courseHref }: SignedInProps) {
  const { text } = useMe();
  return (
    <>
      <div className="my-who">
        <p data-my-who="">
          <Message template={text("me.who")} values={{ name: session.participant.name, cohort: session.cohort.name }} />
        </p>
        <SignOut session={session} />
      </div>
      <CommitmentList participantId={session.participant.id} moduleTitles={moduleTitles} courseHref={courseHref}>
        <Suspense fallback={null}>
          <Buddies />
        </Suspense>
        <ReachChoices participantId={session.participant.id} />
        <SupervisorSection />
        <MyData participant={session.participant} email={sessionEmail(session)} />
      </CommitmentList>
    </>
  );
}
