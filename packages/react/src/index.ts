export * from "./boundary";
export * from "./DocumentInbox";
export * from "./i18n";
export * from "./MeetingNotice";
export * from "./provider";
export * from "./TimelinessBadge";
export * from "./theme";
export * from "./WorkCalendar";
