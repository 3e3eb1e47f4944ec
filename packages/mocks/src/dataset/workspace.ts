// The work calendar of a few agencies, the current user's paperless meetings and notifications drawn from the
// rest of the data set (dossiers due or overdue, documents awaiting signature, meetings, feedback).
import { timeliness } from "@chinhquyenso/core";
import type { Random } from "../random";
import { type AgencyKey, LEADER_TITLES } from "../seed/agencies";
import { agencyByKey } from "../seed/maps";
import { generateEventLocation, generateEventTitle, generateMeetingAgenda } from "../seed/texts";
import { DAY_MS, HOUR_MS, isoOf, MINUTE_MS } from "../util";
import { CURRENT_USER_AGENCY } from "./catalogue";
import type { GenerationContext } from "./context";
import type {
  ApiCalendarEvent,
  DocumentRecord,
  DossierRecord,
  FeedbackRecord,
  MeetingRecord,
  NotificationRecord,
} from "./types";

/** Vietnam midnight of the day containing `ms`. */
const midnight = (ms: number) => Math.floor((ms + 7 * HOUR_MS) / DAY_MS) * DAY_MS - 7 * HOUR_MS;

export function generateCalendarEvents(context: GenerationContext): ApiCalendarEvent[] {
  const random = context.random("calendar");
  // The current user's committee, the provincial one and the departments of construction and environment.
  const calendarAgencies: readonly AgencyKey[] = [
    CURRENT_USER_AGENCY,
    "ubnd_tinh",
    context.map.roles.construction,
    context.map.roles.environment,
  ];
  const events: ApiCalendarEvent[] = [];
  const first = midnight(context.nowMs) - 30 * DAY_MS;
  for (let day = first; day <= first + 61 * DAY_MS; day += DAY_MS) {
    if (!context.calendar.isWorkingDay(new Date(day + 12 * HOUR_MS))) continue;
    for (const key of calendarAgencies) {
      const agency = agencyByKey(key, context.map);
      const count = random.int(0, key === CURRENT_USER_AGENCY ? 3 : 2);
      for (let index = 0; index < count; index++) {
        const startMinutes = random.pick([450, 480, 540, 600, 840, 900, 930]);
        const starts = day + startMinutes * MINUTE_MS;
        const titles = LEADER_TITLES[agency.kind];
        events.push({
          id: "",
          title: generateEventTitle(random, agency, context.map),
          startsAt: isoOf(starts),
          endsAt: isoOf(starts + random.int(2, 5) * 30 * MINUTE_MS),
          allDay: false,
          location: generateEventLocation(random, agency, context.map),
          chairperson: `${random.next() < 0.4 ? titles.head : titles.deputy} ${agency.shortName}`,
          participants: random.pick([
            ["Lãnh đạo các phòng chuyên môn"],
            ["Văn phòng", "Phòng Tài chính – Kế hoạch"],
            ["Đại diện các sở, ngành liên quan"],
          ]),
          preparedBy: random.pick(agency.units).name,
          agencyCode: context.options.agencyCodes[key],
          updatedAt: isoOf(Math.min(starts - random.int(1, 6) * DAY_MS, context.nowMs)),
        });
      }
    }
  }
  events.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  return events.map((event, index) => ({ ...event, id: `ev_${String(index + 1).padStart(4, "0")}` }));
}

export function generateMeetings(context: GenerationContext): MeetingRecord[] {
  const random = context.random("meetings");
  const agency = agencyByKey(CURRENT_USER_AGENCY, context.map);
  const meetings: MeetingRecord[] = [];
  let documentSeq = 0;
  for (let index = 0; index < 16; index++) {
    const dayOffset = index === 0 ? 0 : random.int(-20, 20);
    const startsAtMs =
      midnight(context.nowMs) + dayOffset * DAY_MS + random.pick([480, 540, 840, 870]) * MINUTE_MS;
    const endsAtMs = startsAtMs + random.int(3, 6) * 30 * MINUTE_MS;
    const year = new Date(startsAtMs).getUTCFullYear();
    const documents = Array.from({ length: random.int(1, 4) }, () => {
      const id = `md_${String(++documentSeq).padStart(4, "0")}`;
      return {
        id,
        name: `tai-lieu-hop-${id}.pdf`,
        contentType: "application/pdf",
        size: random.int(80, 2400) * 1024,
      };
    });
    const agenda = generateMeetingAgenda(random, year).map((title, position) => ({
      order: position + 1,
      title,
      ...(position > 0 && position < 3 ? { presenter: random.pick(agency.units).name } : {}),
      startsAt: isoOf(startsAtMs + position * 20 * MINUTE_MS),
      documentIds:
        position > 0 && documents[position - 1] ? [(documents[position - 1] as { id: string }).id] : [],
    }));
    const cancelled = index === 5;
    const state = cancelled
      ? "cancelled"
      : context.nowMs >= endsAtMs
        ? "ended"
        : context.nowMs >= startsAtMs
          ? "in_progress"
          : "scheduled";
    const past = context.nowMs >= startsAtMs;
    const response = past
      ? random.pick(["attending", "attending", "absent", "delegated"] as const)
      : random.next() < 0.6
        ? "pending"
        : "attending";
    meetings.push({
      id: `mt_${String(index + 1).padStart(4, "0")}`,
      title: generateEventTitle(random, agency, context.map),
      startsAt: isoOf(startsAtMs),
      endsAt: isoOf(endsAtMs),
      startsAtMs,
      endsAtMs,
      room: generateEventLocation(random, agency, context.map),
      inviteeId: context.currentUser.id,
      chairperson: `${LEADER_TITLES.committee.deputy} ${agency.shortName}`,
      state,
      agenda,
      documents,
      attendance: {
        response,
        delegateName: response === "delegated" ? "Phó Trưởng phòng Nội vụ" : null,
        respondedAt: response === "pending" ? null : isoOf(Math.min(startsAtMs - DAY_MS, context.nowMs)),
      },
    });
  }
  return meetings.sort((a, b) => a.startsAtMs - b.startsAtMs);
}

/** Notifications of the current user, each about a real record of the data set. */
export function generateNotifications(
  context: GenerationContext,
  data: {
    dossiers: readonly DossierRecord[];
    documents: readonly DocumentRecord[];
    meetings: readonly MeetingRecord[];
    feedback: readonly FeedbackRecord[];
  },
): NotificationRecord[] {
  const random = context.random("notifications");
  const me = context.currentUser.id;
  const now = context.nowMs;
  const items: Omit<NotificationRecord, "id">[] = [];
  const add = (
    type: NotificationRecord["type"],
    title: string,
    resourceId: string,
    createdAtMs: number,
    body?: string,
  ) => {
    const age = now - createdAtMs;
    items.push({
      type,
      title,
      resourceId,
      createdAtMs,
      createdAt: isoOf(createdAtMs),
      recipientId: me,
      readAt:
        age > DAY_MS && random.next() < 0.7 ? isoOf(createdAtMs + random.int(5, 600) * MINUTE_MS) : null,
      ...(body ? { body } : {}),
    });
  };
  const recent = (random: Random) => now - random.int(5, 8 * 24 * 60) * MINUTE_MS;
  for (const dossier of data.dossiers) {
    if (dossier.assigneeId !== me || dossier.dueMs === null || dossier.finishedAt !== null) continue;
    const value = timeliness(
      { status: dossier.status, dueAt: new Date(dossier.dueMs), pauses: [] },
      new Date(now),
      { calendar: context.calendar },
    );
    if (value === "due_soon")
      add(
        "dossier.due_soon",
        `Hồ sơ ${dossier.code} tới hạn`,
        dossier.code,
        now - random.int(5, 600) * MINUTE_MS,
        dossier.procedureName,
      );
    if (value === "overdue")
      add(
        "dossier.overdue",
        `Hồ sơ ${dossier.code} quá hạn`,
        dossier.code,
        recent(random),
        dossier.procedureName,
      );
    if (items.length > 25) break;
  }
  for (const doc of data.documents) {
    if (doc.state === "awaiting_signature" && doc.assignments.some((a) => a.assignee.id === me))
      add(
        "document.awaiting_signature",
        `Văn bản chờ ký số: ${doc.subject.slice(0, 80)}`,
        doc.id,
        doc.updatedAtMs,
      );
  }
  for (const meeting of data.meetings) {
    if (meeting.state === "scheduled")
      add(
        "meeting.scheduled",
        `Lịch họp: ${meeting.title}`,
        meeting.id,
        Math.min(meeting.startsAtMs - 2 * DAY_MS, now - HOUR_MS),
      );
  }
  for (const item of data.feedback) {
    if (item.assignee?.id === me)
      add(
        "feedback.assigned",
        `Phản ánh ${item.code} được giao cho bạn`,
        item.id,
        Math.min(item.createdAtMs + HOUR_MS, now),
      );
  }
  items.sort((a, b) => a.createdAtMs - b.createdAtMs);
  return items.map((item, index) => ({ ...item, id: `nt_${String(index + 1).padStart(5, "0")}` }));
}
