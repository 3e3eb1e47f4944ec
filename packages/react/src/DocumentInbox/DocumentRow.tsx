import type { Document } from "@chinhquyenso/client";
import {
  ASSIGNMENT_ROLE_LABELS,
  DOCUMENT_STATE_LABELS,
  EXCHANGE_STATUS_LABELS,
  labelOf,
} from "@chinhquyenso/core";
import { useWorkingCalendar } from "../hooks/useWorkingCalendar";
import { useTranslator } from "../i18n/useTranslator";
import { dataLang } from "../internal/dataLang";
import { safeDate } from "../internal/dates";
import { ProvisionalNote } from "../internal/ProvisionalNote";
import { provisionalYears, yearsSpanned } from "../internal/provisional";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { SecrecyBadge, UrgencyBadge } from "./badges";
import { documentDeadline } from "./documentDeadline";
import { inboxMessages } from "./messages";

export type InboxAction = "complete" | "download";

export interface DocumentRowProps {
  document: Document;
  selectable: boolean;
  selected: boolean;
  onToggle: () => void;
  canSign: boolean;
  canComplete: boolean;
  canDownload: boolean;
  busy: InboxAction | undefined;
  currentUserId: string | undefined;
  onOpen: (() => void) | undefined;
  onSign: (() => void) | undefined;
  onComplete: () => void;
  onDownload: () => void;
}

/** "142/UBND-VX", or the notation alone for a draft without a number yet. */
export function documentLabel(document: Document, noNumber: string): string {
  const notation = typeof document.notation === "string" ? document.notation : "";
  if (document.number) return notation ? `${document.number}/${notation}` : String(document.number);
  return notation ? `${noNumber} – ${notation}` : noNumber;
}

export function DocumentRow(props: DocumentRowProps) {
  const { document } = props;
  const t = useTranslator(inboxMessages);
  const { locale, now } = useChinhQuyenSoSettings();
  const today = now();
  const calendar = useWorkingCalendar(yearsSpanned(today, document.dueAt));
  const label = documentLabel(document, t("inbox.noNumber"));
  const lang = dataLang(locale);
  const deadline = documentDeadline(document, today, { locale, calendar });
  // The countdown counts working days up to the due date: provisional across a year without an official notice.
  const countdownYears =
    deadline?.text && deadline.timeliness !== "overdue"
      ? provisionalYears(calendar, today, document.dueAt)
      : [];
  const assignments = Array.isArray(document.assignments) ? document.assignments : [];
  const subject =
    typeof document.subject === "string" && document.subject.trim() ? document.subject : t("inbox.untitled");
  const meta = [document.type, document.issuer].filter((part) => typeof part === "string" && part);
  // Arrow keys move between rows through one focus stop per row: the subject when it opens the document, else
  // the row's first action.
  const firstAction = props.onOpen
    ? null
    : props.canSign && props.onSign
      ? "sign"
      : props.canComplete
        ? "complete"
        : props.canDownload
          ? "download"
          : null;
  const rowTarget = (action: string) => (firstAction === action ? { "data-cqs-row-target": "" } : {});

  return (
    <tr
      className="cqs-inbox__row"
      data-selected={props.selected ? "" : undefined}
      data-urgency={document.urgency}
      data-timeliness={deadline?.timeliness ?? undefined}
      data-state={document.state}
    >
      <td className="cqs-inbox__cell" data-column="select">
        {props.selectable ? (
          <input
            type="checkbox"
            className="cqs-inbox__checkbox"
            checked={props.selected}
            onChange={props.onToggle}
            aria-label={t("inbox.select", { document: label })}
          />
        ) : null}
      </td>
      <td className="cqs-inbox__cell" data-column="number">
        <span className="cqs-inbox__number">{label}</span>
        <span className="cqs-inbox__secondary">
          {document.direction === "incoming"
            ? document.arrivalNumber !== null && document.arrivalNumber !== undefined
              ? t("inbox.arrival", {
                  number: String(document.arrivalNumber),
                  date: safeDate(String(document.arrivalDate ?? "")),
                })
              : document.arrivalDate
                ? t("inbox.arrivalDate", { date: safeDate(String(document.arrivalDate)) })
                : null
            : document.issuedAt
              ? t("inbox.issued", { date: safeDate(String(document.issuedAt)) })
              : null}
        </span>
      </td>
      <td className="cqs-inbox__cell" data-column="subject">
        <span className="cqs-inbox__badges">
          <UrgencyBadge urgency={String(document.urgency)} prefix={t("inbox.urgencyPrefix")} />
          <SecrecyBadge secrecy={String(document.secrecy)} prefix={t("inbox.secrecyPrefix")} />
        </span>
        {props.onOpen ? (
          <button
            type="button"
            className="cqs-inbox__subject"
            data-cqs-row-target=""
            lang={lang}
            onClick={props.onOpen}
          >
            {subject}
          </button>
        ) : (
          // Plain text when the host cannot open a document: the row's arrow-key stop is its first action.
          <span className="cqs-inbox__subject" lang={lang}>
            {subject}
          </span>
        )}
        {meta.length > 0 ? (
          <span className="cqs-inbox__secondary" lang={lang}>
            {meta.join(" · ")}
          </span>
        ) : null}
      </td>
      <td className="cqs-inbox__cell" data-column="due">
        {deadline === null ? (
          <span className="cqs-inbox__secondary">{t("inbox.noDue")}</span>
        ) : (
          <>
            {deadline.text ? (
              <span className="cqs-inbox__deadline" data-timeliness={deadline.timeliness ?? undefined}>
                {deadline.timeliness === "overdue" || deadline.timeliness === "due_soon" ? (
                  <span aria-hidden="true">⚠ </span>
                ) : null}
                {deadline.text}
                <ProvisionalNote years={countdownYears} />
              </span>
            ) : null}
            <span className="cqs-inbox__secondary">{t("inbox.dueOn", { date: deadline.dateText })}</span>
          </>
        )}
      </td>
      <td className="cqs-inbox__cell" data-column="assignment">
        {assignments.length === 0 ? (
          <span className="cqs-inbox__secondary">{t("inbox.noAssignment")}</span>
        ) : (
          <ul className="cqs-inbox__assignments">
            {assignments.map((assignment, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: assignments have no id of their own
                key={index}
                className="cqs-inbox__assignment"
                data-role={assignment?.role}
              >
                <span className="cqs-inbox__role">
                  {labelOf(ASSIGNMENT_ROLE_LABELS, String(assignment?.role), locale)}
                </span>{" "}
                <span lang={lang}>{assignment?.assignee?.name ?? ""}</span>
                {props.currentUserId !== undefined && assignment?.assignee?.id === props.currentUserId
                  ? ` (${t("inbox.you")})`
                  : ""}
                {assignment?.instruction ? (
                  <span className="cqs-inbox__instruction" lang={lang}>
                    {assignment.instruction}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="cqs-inbox__cell" data-column="state">
        <span className="cqs-inbox__state">
          {labelOf(DOCUMENT_STATE_LABELS, String(document.state), locale)}
        </span>
        {document.exchangeStatus ? (
          <span className="cqs-inbox__secondary" data-exchange={document.exchangeStatus}>
            {t("inbox.exchange", {
              status: labelOf(EXCHANGE_STATUS_LABELS, String(document.exchangeStatus), locale),
            })}
          </span>
        ) : null}
      </td>
      <td className="cqs-inbox__cell" data-column="actions">
        <span className="cqs-inbox__actions">
          {props.canSign && props.onSign ? (
            <button
              type="button"
              className="cqs-button"
              data-variant="primary"
              onClick={props.onSign}
              {...rowTarget("sign")}
            >
              {t("inbox.action.sign")}
              <span className="cqs-visually-hidden"> {label}</span>
            </button>
          ) : null}
          {props.canComplete ? (
            <button
              type="button"
              className="cqs-button"
              onClick={props.onComplete}
              aria-disabled={props.busy !== undefined}
              {...rowTarget("complete")}
            >
              {props.busy === "complete" ? t("inbox.action.working") : t("inbox.action.complete")}
              <span className="cqs-visually-hidden"> {label}</span>
            </button>
          ) : null}
          {props.canDownload ? (
            <button
              type="button"
              className="cqs-button"
              onClick={props.onDownload}
              aria-disabled={props.busy !== undefined}
              {...rowTarget("download")}
            >
              {props.busy === "download" ? t("inbox.action.working") : t("inbox.action.download")}
              <span className="cqs-visually-hidden"> {label}</span>
            </button>
          ) : null}
        </span>
      </td>
    </tr>
  );
}
