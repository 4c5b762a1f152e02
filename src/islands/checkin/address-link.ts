// Reads an email link's parameters from the page address, once, and takes a token out of the address
// bar's query (links in emails sent before tokens moved to the fragment): the fragment form stays
// usable for a reload or a language switch, and is never sent to a server.
import { linkParams, queryMovedToFragment } from "./checkin-link";

/** The link's parameters (token, commitment, answer) from the page address. */
export function linkFromAddress(): URLSearchParams {
  const params = linkParams(window.location);
  const moved = queryMovedToFragment(window.location.href);
  if (moved) window.history.replaceState(window.history.state, "", moved);
  return params;
}
