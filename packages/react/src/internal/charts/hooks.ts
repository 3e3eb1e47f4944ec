import { useEffect, useId, useState } from "react";

/**
 * The width of an element, followed with a ResizeObserver while it is mounted; `fallback` before the first
 * measurement (and on the server, where there is no layout). Put the returned callback ref on the element.
 */
export function useElementWidth(fallback: number): [number, (element: HTMLElement | null) => void] {
  const [width, setWidth] = useState(fallback);
  const [element, setElement] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [width, setElement];
}

/** A unique id usable inside `url(#…)` references (React's ids contain ":" or "«»"). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}
