import { useEffect, useState } from "react";

function secondsUntil(deadline: number, now: () => Date): number | undefined {
  if (!Number.isFinite(deadline)) return undefined;
  return Math.max(0, Math.ceil((deadline - now().getTime()) / 1000));
}

/**
 * Whole seconds left until `deadline` (an ISO instant or epoch ms) on the provider's clock, ticking once a
 * second; undefined when the deadline is not a valid instant.
 */
export function useCountdown(deadline: string | number | undefined, now: () => Date): number | undefined {
  const at =
    typeof deadline === "number" ? deadline : deadline === undefined ? Number.NaN : Date.parse(deadline);
  // Computed at each render (a new deadline shows at once); the timer only asks for a render each second.
  const [, setTick] = useState(0);
  const running = Number.isFinite(at);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return secondsUntil(at, now);
}

/** `03:42` (minutes may exceed 59: `75:00`). */
export function formatCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * What a screen reader is told, changing only at a few steps (each minute, then 30 s and 10 s) so a polite live
 * region speaks about once a minute rather than every second.
 */
export function countdownAnnouncement(
  seconds: number,
): { minutes: number } | { seconds: number } | undefined {
  if (seconds <= 0) return undefined;
  if (seconds > 60) return { minutes: Math.ceil(seconds / 60) };
  if (seconds > 30) return { minutes: 1 };
  return { seconds: seconds > 10 ? 30 : 10 };
}
