// Work a page can start once its first frame is on screen: the hydration of a `client:paint` island
// (src/integrations/paint-directive.ts). Painting first keeps a cheap phone's main thread (and, on a fast
// link, the network) free for the page's text, so its largest text does not wait for JavaScript (README,
// "What each page costs").

/** How long a tab that paints nothing (opened in the background) waits instead. */
const NO_PAINT_MS = 1000;

/**
 * Runs `then` once, after the browser reports the first contentful paint and one more frame has passed
 * (the report comes when the frame is shown; the frame after it holds the rest of a page parsed late).
 */
export function afterFirstPaint(then: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  // A frame's callbacks run before its paint; a task queued from one runs after it.
  const afterNextFrame = () => requestAnimationFrame(() => setTimeout(run, 0));
  try {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      afterNextFrame();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    afterNextFrame(); // no paint timing in this browser
  }
  setTimeout(run, NO_PAINT_MS);
}
