// Long work split into short tasks, so that input, scrolling and painting get the thread between them.

/** Work per slice: far under the 50 ms of a long task, long enough that scheduling costs little. */
export const SLICE_MS = 8;

/**
 * Runs `work(shouldYield)` in tasks of about `SLICE_MS` until it returns true; returns a cancel function.
 * Slices follow each other through a MessageChannel (no 4 ms timer clamp, as React's scheduler does), or
 * `setTimeout` where there is none. `work` must check `shouldYield()` often and return false to be called again.
 */
export function inSlices(work: (shouldYield: () => boolean) => boolean): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const channel = typeof MessageChannel === "function" ? new MessageChannel() : undefined;
  const run = () => {
    if (cancelled) return;
    const end = performance.now() + SLICE_MS;
    if (work(() => performance.now() >= end)) stop();
    else next();
  };
  const next = () => {
    if (channel) channel.port2.postMessage(null);
    else timer = setTimeout(run, 0);
  };
  const stop = () => {
    cancelled = true;
    clearTimeout(timer);
    channel?.port1.close();
  };
  if (channel) channel.port1.onmessage = run;
  next();
  return stop;
}

/**
 * Runs `step` in idle time until it returns true (each call a few milliseconds); returns a cancel function.
 * For work nobody waits for (counts); `setTimeout` where `requestIdleCallback` is missing.
 */
export function inIdleSlices(step: () => boolean): () => void {
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const schedule = () => {
    if (typeof requestIdleCallback === "function") {
      handle = requestIdleCallback(
        (deadline) => {
          if (cancelled) return;
          // Never longer than a slice, even when the browser offers a long idle period (up to 50 ms).
          const end = performance.now() + SLICE_MS;
          let done = step();
          while (!done && deadline.timeRemaining() > 4 && performance.now() < end) done = step();
          if (!done) schedule();
        },
        { timeout: 300 },
      );
    } else {
      handle = setTimeout(() => {
        if (!cancelled && !step()) schedule();
      }, 0);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    if (typeof cancelIdleCallback === "function" && typeof handle === "number") cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}
