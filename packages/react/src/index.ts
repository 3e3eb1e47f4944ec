export * from "./boundary";
export * from "./DossierQueue";
export * from "./i18n";
export * from "./provider";
export * from "./TimelinessBadge";
export * from "./theme";
