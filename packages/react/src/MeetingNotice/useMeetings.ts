import type { AttendanceInput, Meeting, MeetingsListParams } from "@chinhquyenso/client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useConnection } from "../provider/hooks";

/** The user's paperless meetings in a date range (`meetings.list`), refreshed by `meeting.*` stream events. */
export function useMeetings(params: MeetingsListParams) {
  const { queries, queryClient } = useConnection("MeetingNotice");
  return useQuery(queries.meetings.list(params), queryClient);
}

/** Answers a meeting invitation (`meetings.confirmAttendance`); refetches the meetings on success. */
export function useConfirmAttendance() {
  const { queries, queryClient } = useConnection("MeetingNotice");
  return useMutation(queries.meetings.confirmAttendance(), queryClient);
}

/** Downloads a meeting document as a Blob with its file name (`meetings.downloadDocument`). */
export function useMeetingDocument() {
  const { client } = useConnection("MeetingNotice");
  return useCallback(
    async (meeting: Pick<Meeting, "id">, file: { id: string; name: string; contentType?: string }) => {
      const download = await client.meetings.downloadDocument(meeting.id, file.id);
      const bytes = await download.blob();
      const blob = bytes.type ? bytes : new Blob([bytes], { type: file.contentType ?? download.contentType });
      return { blob, filename: download.filename ?? file.name };
    },
    [client],
  );
}

export type { AttendanceInput };
