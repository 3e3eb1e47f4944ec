/** Where the store reads the time. Every timestamp the mocks write comes from it. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface ManualClock extends Clock {
  /** Moves the time forward (or back, with a negative value). */
  advance(milliseconds: number): void;
  set(epochMilliseconds: number): void;
}

/** Starts at `anchor` and runs with real time: the data set's `now` when the store is created, then onwards. */
export function anchoredClock(anchor: number): Clock {
  const started = Date.now();
  return { now: () => anchor + (Date.now() - started) };
}

/** A clock that moves only when told: for tests of expiries and delays without waiting. */
export function createManualClock(start: Date | number | string): ManualClock {
  let current =
    start instanceof Date ? start.getTime() : typeof start === "number" ? start : Date.parse(start);
  if (!Number.isFinite(current)) throw new TypeError("createManualClock: start is not a valid instant");
  return {
    now: () => current,
    advance(milliseconds) {
      current += milliseconds;
    },
    set(epochMilliseconds) {
      current = epochMilliseconds;
    },
  };
}
