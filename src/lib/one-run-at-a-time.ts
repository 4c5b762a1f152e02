// A background job that must never run twice at once (two sends of one outbox entry, two saves of one
// result), yet must not miss a request made while it runs.

/**
 * Wraps `run` so that one run goes at a time. A call during a run asks for one more run after it; the
 * requests of all such calls are folded into one by `merge` (undefined for the first; by default the
 * latest request wins). Each call returns the promise of the run that will handle its request;
 * `settled` is called whenever the job goes idle.
 */
export function oneRunAtATime<R>(
  run: (request: R) => Promise<void>,
  merge: (waiting: R | undefined, next: R) => R = (_waiting, next) => next,
  settled: () => void = () => {},
): (request: R) => Promise<void> {
  let running: Promise<void> | null = null;
  let waiting: { request: R } | null = null;
  return (request) => {
    waiting = { request: merge(waiting?.request, request) };
    running ??= (async () => {
      try {
        while (waiting) {
          const next = waiting.request;
          waiting = null;
          await run(next);
        }
      } finally {
        running = null;
        settled();
      }
    })();
    return running;
  };
}
