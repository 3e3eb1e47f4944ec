export { useCalendarEvents } from "./useCalendarEvents";
export {
  type Agenda,
  type AgendaDay,
  type AgendaEntry,
  agendaOf,
  type CalendarView,
  type UseWorkCalendarOptions,
  useWorkCalendar,
  type WorkCalendarState,
} from "./useWorkCalendar";
export { WorkCalendar, type WorkCalendarProps, type WorkCalendarStatus } from "./WorkCalendar";
