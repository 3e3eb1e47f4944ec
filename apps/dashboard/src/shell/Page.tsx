import { useLocale } from "@chinhquyenso/react";
import { type ReactNode, useEffect, useRef } from "react";
import { useLocation } from "wouter";
import { APP_NAME_SHORT } from "../config";

// The page a visit lands on keeps the browser's focus at the top, so the first Tab reaches the skip link. Later
// navigations move focus to the new page's heading so keyboard and screen-reader users land on the new content
// (and hear its name). Kept by path, not by a "first render" flag: React's StrictMode runs effects twice in
// development, which made the landing page steal focus from the skip link.
let shownPath: string | undefined;

interface PageProps {
  title: string;
  /** Extra controls beside the heading. */
  actions?: ReactNode;
  /**
   * Whether arriving here moves focus to the heading (default). A page that puts focus somewhere more useful
   * itself (the queue, back on the row the user came from) passes false.
   */
  focusHeading?: boolean;
  children: ReactNode;
}

/** One screen: its document title (in the UI's language), its focusable h1 and its content. */
export function Page({ title, actions, focusHeading = true, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const locale = useLocale();
  const [path] = useLocation();

  useEffect(() => {
    document.title = `${title} — ${APP_NAME_SHORT[locale]}`;
  }, [title, locale]);

  useEffect(() => {
    if (shownPath !== undefined && shownPath !== path && focusHeading) heading.current?.focus();
    shownPath = path;
  }, [path, focusHeading]);

  return (
    <>
      <div className="page-heading">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </>
  );
}
