export * from "./provider";
export * from "./TimelinessBadge";
