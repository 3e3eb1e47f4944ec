import * as React from "react";

/**
 * `createContext`, or a clear error where React has none: the React Server Components build of React (Next.js
 * App Router evaluating this module on the server because the package's "use client" directive was lost) would
 * otherwise fail with "createContext is not a function" and no hint of the fix.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createClientContext<T>(defaultValue: T, owner: string): React.Context<T> {
  // A namespace read: a named import of a missing export would fail before this check in native ES modules.
  if (typeof React.createContext !== "function") {
    throw new Error(
      `@chinhquyenso/react: ${owner} is client code, but it is being evaluated as a React Server Component. ` +
        `Import widgets from a file that starts with "use client" (or keep the package's own "use client" ` +
        `directive when you re-bundle it), and in server components use "@chinhquyenso/react/server" ` +
        "(TimelinessBadge, IndicatorCard, prefetch helpers).",
    );
  }
  return React.createContext(defaultValue);
}
