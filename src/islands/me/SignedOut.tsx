// Nobody is signed in on this device: say how to get in.
import { useMe } from "./me-context";

/** Where the signed-out panel sends people. */
export interface MeLinks {
  join: string;
  signin: string;
  course: string;
  home: string;
}

/** Explains that the page needs a session, with the two ways to get one. */
export function SignedOut({ links }: { links: MeLinks }) {
  const { text } = useMe();
  return (
    <section className="panel" data-testid="signed-out" aria-labelledby="signed-out-heading">
      <h2 id="signed-out-heading">{text("me.signedOut.heading")}</h2>
      <p>{text("me.signedOut.body")}</p>
      <div className="button-row">
        <a className="button" href={links.join}>
          {text("common.joinWithCode")}
        </a>
        <a className="button button-secondary" href={links.signin}>
          {text("signin.title")}
        </a>
      </div>
    </section>
  );
}
