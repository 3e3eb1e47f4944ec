import { type ReactNode, useEffect, useRef } from "react";

// The first page of a visit keeps the browser's focus at the top; later navigations move it to the heading so
// keyboard and screen-reader users land on the new content (and hear its name).
let navigated = false;

interface PageProps {
  title: string;
  /** Extra controls beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** One screen: its document title, its focusable h1 and its content. */
export function Page({ title, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} — Chính quyền số`;
  }, [title]);

  useEffect(() => {
    if (navigated) heading.current?.focus();
    navigated = true;
  }, []);

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
