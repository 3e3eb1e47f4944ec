export * from "./boundary";
export * from "./i18n";
export * from "./provider";
export * from "./SigningPrompt";
export * from "./TimelinessBadge";
export * from "./theme";
