// The check-in page's first request, started by the page's inline script (FirstFrame.astro, "no-answer-link")
// before the island's JavaScript arrives: on a phone on a slow link the commitment is then there when the
// island starts, a round trip sooner than if the island asked (README, Performance).

/** What the inline script leaves on `window`: the link it read and the answer's response, still coming. */
interface EarlyView {
  t: string;
  c: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    jiannuoEarlyView?: EarlyView;
  }
}

/**
 * The response of the request the page started for this token and commitment, taken once (a later load,
 * after an answer, asks the server again); undefined when the page started none, or for another link.
 */
export function takeEarlyView(link: { t: string; c: string }): Promise<Response> | undefined {
  const early = window.jiannuoEarlyView;
  delete window.jiannuoEarlyView;
  return early?.t === link.t && early.c === link.c ? early.response : undefined;
}
