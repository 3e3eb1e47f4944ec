export { useWidgetRoot, type WidgetRootProps } from "./useWidgetRoot";
