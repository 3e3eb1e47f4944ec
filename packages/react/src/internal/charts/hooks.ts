import { useCallback, useEffect, useId, useRef, useState } from "react";

/**
 * Controlled-or-uncontrolled state in the Radix style: `value` wins when given (the caller owns it), otherwise
 * the component keeps its own, starting at `defaultValue`; `onChange` hears every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [current, set];
}

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
