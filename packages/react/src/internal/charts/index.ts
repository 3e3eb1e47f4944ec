// Internal chart primitives of the insight widgets (not part of the package's public API).
export * from "./compare";
export * from "./format";
export * from "./hooks";
export { chartMessages } from "./messages";
export * from "./patterns";
export * from "./SeriesChart";
export * from "./Sparkline";
export * from "./StackedBar";
export * from "./scale";
export * from "./summary";
