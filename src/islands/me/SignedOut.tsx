// Nobody is signed in on this device: say how to get in.
import { useMe } from "./me-context";

/** Where the signed-out panel sends people. */
export interface MeLinks {
  join: string;
  signin: string;
  course: string;
  home: string;
}

/**
 * Explains that the page needs a session, with the two ways to get one. `firstFrame`: the built HTML's
 * copy, shown only where FirstFrame found no session; markers (data-testid) come with the island's own.
 */
export function SignedOut({ links, firstFrame = false }: { links: MeLinks; firstFrame?: boolean }) {
  const { text } = useMe();
  const marker = firstFrame ? { "data-first-frame": "signed-out" } : { "data-testid": "signed-out" };
  return (
    <section className="panel" {...marker} aria-labelledby="signed-out-heading">
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
