import type { Theme } from "../provider/context";
import { useChinhQuyenSoSettings } from "../provider/hooks";

export interface WidgetRootProps {
  className: string;
  "data-cqs-theme"?: "light" | "dark";
}

/**
 * Props for the outermost element of a widget: the `cqs-root` class (base typography and colours from the
 * tokens), the widget's own class, the caller's `className`, and the provider's theme when one is set.
 */
export function useWidgetRoot(widgetClass: string, className?: string): WidgetRootProps {
  return widgetRootProps(widgetClass, className, useChinhQuyenSoSettings().theme);
}

/** The same without a provider (server components pass the theme themselves). */
export function widgetRootProps(
  widgetClass: string,
  className: string | undefined,
  theme: Theme | undefined,
): WidgetRootProps {
  const classes = className ? `cqs-root ${widgetClass} ${className}` : `cqs-root ${widgetClass}`;
  return theme ? { className: classes, "data-cqs-theme": theme } : { className: classes };
}
