export { WidgetBoundary, type WidgetBoundaryProps } from "./WidgetBoundary";
