import { useCallback, useEffect, useRef, useState } from "react";

export interface NotificationAnnouncement {
  /** Changes with every announcement, so that a repeated text is announced again (use it as a React key). */
  id: number;
  text: string;
}

/**
 * A polite announcer that speaks at most once per `interval` ms: what arrives meanwhile is counted and said
 * together at the end of the interval ("3 thông báo mới"), so a burst of events does not flood a screen reader.
 */
export function useNotificationAnnouncer(
  interval: number,
  format: (count: number, lastTitle: string) => string,
) {
  const [announcement, setAnnouncement] = useState<NotificationAnnouncement>({ id: 0, text: "" });
  const pending = useRef({ count: 0, title: "" });
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const formatRef = useRef(format);
  formatRef.current = format;

  const flush = useCallback(() => {
    const { count, title } = pending.current;
    if (count === 0) return;
    pending.current = { count: 0, title: "" };
    lastAt.current = Date.now();
    setAnnouncement((current) => ({ id: current.id + 1, text: formatRef.current(count, title) }));
  }, []);

  const announce = useCallback(
    (titles: readonly string[]) => {
      if (titles.length === 0) return;
      pending.current = {
        count: pending.current.count + titles.length,
        title: titles[titles.length - 1] ?? "",
      };
      const wait = lastAt.current + interval - Date.now();
      if (wait <= 0) flush();
      else
        timer.current ??= setTimeout(() => {
          timer.current = undefined;
          flush();
        }, wait);
    },
    [interval, flush],
  );

  useEffect(() => () => clearTimeout(timer.current), []);
  return { announcement, announce };
}
