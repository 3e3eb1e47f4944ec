export { MeetingNotice, type MeetingNoticeProps, type MeetingNoticeStatus } from "./MeetingNotice";
export {
  type AttendanceOutcome,
  type MeetingNoticeState,
  type UseMeetingNoticeOptions,
  useMeetingNotice,
} from "./useMeetingNotice";
export { useConfirmAttendance, useMeetingDocument, useMeetings } from "./useMeetings";
