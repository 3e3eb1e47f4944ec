import type { MeetingRecord } from "../dataset/types";
import { samplePdf } from "../pdf";
import { isInvited } from "../store/access";
import { conflict, field, invalid, notFound } from "../store/problem";
import { meetingView } from "../store/views";
import { DAY_MS, vietnamMidnight } from "../util";
import type { RequestContext, Resolvers } from "./context";
import { inputProblem } from "./input";
import { file, json } from "./respond";

/** A meeting the principal is invited to; others are 404 like missing ones. */
function meetingOf(
  { store, principal }: Pick<RequestContext, "store" | "principal">,
  id: string,
): MeetingRecord {
  const meeting = store.meetings.get(id);
  if (!meeting || !isInvited(principal, meeting, store.currentUser.id)) throw notFound(`Meeting ${id}`);
  return meeting;
}

type WorkspaceOperations =
  | "calendar.listEvents"
  | "calendar.getEvent"
  | "meetings.list"
  | "meetings.get"
  | "meetings.downloadDocument"
  | "meetings.confirmAttendance";

const MAX_CALENDAR_DAYS = 92;

export const workspaceResolvers: Pick<Resolvers, WorkspaceOperations> = {
  "calendar.listEvents": ({ store, query, principal, operation }) => {
    const from = vietnamMidnight(query.from as string);
    const to = vietnamMidnight(query.to as string) + DAY_MS;
    if (to <= from)
      throw inputProblem(operation, [field("query/to", "out_of_range", "must not be before from")], 400);
    if ((to - from) / DAY_MS > MAX_CALENDAR_DAYS + 1)
      throw inputProblem(
        operation,
        [field("query/to", "out_of_range", `must be at most ${MAX_CALENDAR_DAYS} days after from`)],
        400,
      );
    const agencyCode = query.agencyCode ?? principal.agencyCode ?? store.currentUser.agencyCode;
    const items = store.world.calendarEvents.filter(
      (event) =>
        event.agencyCode === agencyCode && Date.parse(event.endsAt) > from && Date.parse(event.startsAt) < to,
    );
    return json("calendar.listEvents", 200, { items });
  },
  "calendar.getEvent": ({ store, path }) => {
    const event = store.world.calendarEvents.find((item) => item.id === path.eventId);
    if (!event) throw notFound(`Calendar event ${path.eventId}`);
    return json("calendar.getEvent", 200, event);
  },
  "meetings.list": ({ store, query, operation, principal }) => {
    const from = vietnamMidnight(query.from as string);
    const to = vietnamMidnight(query.to as string) + DAY_MS;
    if (to <= from)
      throw inputProblem(operation, [field("query/to", "out_of_range", "must not be before from")], 400);
    const items = [...store.meetings.values()]
      .filter(
        (meeting) =>
          isInvited(principal, meeting, store.currentUser.id) &&
          meeting.endsAtMs > from &&
          meeting.startsAtMs < to,
      )
      .map(meetingView);
    return json("meetings.list", 200, { items });
  },
  "meetings.get": (context) =>
    json("meetings.get", 200, meetingView(meetingOf(context, context.path.meetingId))),
  "meetings.downloadDocument": (context) => {
    const { path } = context;
    const meeting = meetingOf(context, path.meetingId);
    const document = meeting.documents.find((item) => item.id === path.documentId);
    if (!document) throw notFound(`Document ${path.documentId} of meeting ${path.meetingId}`);
    return file(samplePdf([meeting.title, document.name]), "application/octet-stream", document.name);
  },
  "meetings.confirmAttendance": async (context) => {
    const meeting = meetingOf(context, context.path.meetingId);
    const body = await context.json();
    if (body.response === "delegated" && !body.delegateName?.trim())
      throw invalid([field("/delegateName", "required", "Name the delegate who attends in your place.")]);
    if (meeting.state === "cancelled" || meeting.state === "ended")
      throw conflict("invalid_state", `The meeting is ${meeting.state}; attendance can no longer change.`);
    meeting.attendance = {
      response: body.response,
      delegateName: body.response === "delegated" ? (body.delegateName ?? null) : null,
      respondedAt: context.store.nowIso(),
    };
    return json("meetings.confirmAttendance", 200, meetingView(meeting));
  },
};
