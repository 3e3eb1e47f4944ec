// Cell contents of the queue. Everything is rendered as text; unknown enum values show their raw code and
// missing or malformed fields a designed placeholder, never a crash. No citizen ID or phone number is shown.
import type { Dossier } from "@chinhquyenso/client";
import {
  DOSSIER_STATUS_LABELS,
  isOpenStatus,
  type Locale,
  labelOf,
  type WorkingCalendar,
} from "@chinhquyenso/core";
import type { ReactNode } from "react";
import type { Translate } from "../i18n/translator";
import { dataLang } from "../internal/dataLang";
import { ProvisionalNote } from "../internal/ProvisionalNote";
import { provisionalYears } from "../internal/provisional";
import { TimelinessBadge } from "../internal/TimelinessBadge";
import { dateText, deadlineText } from "./format";
import type { QueueMessageKey } from "./messages";
import type { ResolvedColumn } from "./model";

export interface CellContext {
  t: Translate<QueueMessageKey>;
  locale: Locale;
  now: Date;
  calendar: WorkingCalendar;
}

/** The contract is making `timeliness` nullable: typed so that this compiles before and after. */
type Timeliness = Dossier["timeliness"] | null;

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

function Missing({ t, label }: { t: CellContext["t"]; label?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="cqs-visually-hidden">{label ?? t("queue.missing")}</span>
    </>
  );
}

function TwoLines({
  first,
  second,
  lang,
}: {
  first: ReactNode;
  second: ReactNode;
  lang?: string | undefined;
}) {
  return (
    <span className="cqs-queue__lines" lang={lang}>
      <span className="cqs-queue__line">{first}</span>
      {second === null ? null : <span className="cqs-queue__line cqs-queue__line--muted">{second}</span>}
    </span>
  );
}

function DueCell({ row, context }: { row: Dossier; context: CellContext }) {
  const date = dateText(row.dueAt);
  if (date === null) return <span className="cqs-queue__muted">{context.t("queue.noDue")}</span>;
  // "còn 2 ngày làm việc" only means something while the dossier is open.
  const left =
    typeof row.status === "string" && isOpenStatus(row.status)
      ? deadlineText(row.dueAt, context.now, context.locale, context.calendar)
      : null;
  // Counted in working days from intake: provisional when a year on the way has no official holiday notice.
  const years = provisionalYears(context.calendar, row.receivedAt ?? context.now, row.dueAt);
  return (
    <TwoLines
      first={
        <>
          {date}
          <ProvisionalNote years={years} inGrid />
        </>
      }
      second={left}
    />
  );
}

/** The content of one built-in or custom cell. */
export function cellContent(column: ResolvedColumn, row: Dossier, context: CellContext): ReactNode {
  const { t, locale } = context;
  if (column.custom) return column.custom.cell(row);
  switch (column.builtIn) {
    case "code":
      return text(row.code) ?? <Missing t={t} />;
    case "applicant": {
      const name = text(row.applicant?.fullName);
      return name === null ? <Missing t={t} /> : <span lang={dataLang(locale)}>{name}</span>;
    }
    case "procedure": {
      const name = text(row.procedureName) ?? text(row.procedureCode);
      return name === null ? (
        <Missing t={t} />
      ) : (
        <TwoLines first={name} second={text(row.summary)} lang={dataLang(locale)} />
      );
    }
    case "received":
      return dateText(row.receivedAt) ?? <span className="cqs-queue__muted">{t("queue.notReceived")}</span>;
    case "due":
      return <DueCell row={row} context={context} />;
    case "timeliness": {
      // No judgement (null: registered, refused, withdrawn or undated dossiers): a neutral dash, never a guess.
      const timeliness: Timeliness = row.timeliness;
      return typeof timeliness === "string" && timeliness.trim() !== "" ? (
        <TimelinessBadge timeliness={timeliness} />
      ) : (
        <Missing t={t} label={t("queue.noTimeliness")} />
      );
    }
    case "status":
      return text(row.status) === null ? (
        <Missing t={t} />
      ) : (
        labelOf(DOSSIER_STATUS_LABELS, row.status, locale)
      );
    case "handler": {
      const name = text(row.assignee?.name);
      return name === null ? (
        <span className="cqs-queue__muted">{t("queue.unassigned")}</span>
      ) : (
        <span lang={dataLang(locale)}>{name}</span>
      );
    }
    default:
      return null;
  }
}

/** The header text of a column. */
export function columnHeader(column: ResolvedColumn, t: CellContext["t"]): string {
  if (column.custom) return column.custom.header;
  return t(`queue.column.${column.builtIn}` as QueueMessageKey);
}

/** CSS grid tracks of the columns (the selection column first when rows can be selected). */
export function columnTracks(columns: readonly ResolvedColumn[], selectable: boolean): string {
  const widths: Record<string, string> = {
    code: "minmax(12.5rem, 1.1fr)",
    // Wide enough for a full Vietnamese name ("Nguyễn Trọng Nhân") instead of an ellipsis; rem, so at 200 % text
    // the column grows with the name and the grid scrolls sideways in its own box.
    applicant: "minmax(11rem, 1fr)",
    procedure: "minmax(12rem, 2fr)",
    received: "7.5rem",
    due: "minmax(10rem, 0.9fr)",
    timeliness: "8rem",
    status: "minmax(11rem, 1fr)",
    handler: "minmax(11rem, 1fr)",
  };
  const tracks = columns.map(
    (column) => column.custom?.width ?? widths[column.builtIn ?? ""] ?? "minmax(8rem, 1fr)",
  );
  return [...(selectable ? ["2.75rem"] : []), ...tracks].join(" ");
}
