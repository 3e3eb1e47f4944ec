// The bell and its panel as the user sees them, the same in controlled and connected mode.
import type { Notification } from "@chinhquyenso/client";
import { labelOf, STREAM_EVENT_LABELS } from "@chinhquyenso/core";
import { type ReactNode, useId, useState } from "react";
import { RetryAlert } from "../boundary/RetryAlert";
import { commonMessages } from "../i18n/common";
import { useTranslator } from "../i18n/useTranslator";
import { dataLang } from "../internal/dataLang";
import { safeDateTime } from "../internal/dates";
import { useLocale } from "../provider/hooks";
import type { LiveState } from "../provider/live";
import { useWidgetRoot } from "../theme/useWidgetRoot";
import { notificationMessages } from "./messages";
import type { NotificationCenterProps, NotificationCenterStatus } from "./types";
import type { NotificationCenterState } from "./useNotificationCenter";
import { usePopoverPanel } from "./usePopoverPanel";

interface ViewProps extends NotificationCenterProps {
  center: NotificationCenterState;
  status: NotificationCenterStatus;
  liveState: LiveState;
  markRead: ((notification: Notification) => Promise<void>) | undefined;
  markAllRead: (() => Promise<void>) | undefined;
}

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
      <path
        d="M12 2a6 6 0 0 0-6 6v3.6l-1.7 3.4A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z"
        fill="currentColor"
      />
    </svg>
  );
}

const LIVE_MESSAGES = {
  connecting: "notifications.live.connecting",
  reconnecting: "notifications.live.reconnecting",
  stopped: "notifications.live.stopped",
} as const;

export function NotificationCenterView(props: ViewProps) {
  const { center, status } = props;
  const t = useTranslator(notificationMessages);
  const common = useTranslator(commonMessages);
  const root = useWidgetRoot("cqs-notifications", props.className);
  const titleId = useId();
  const panelId = useId();
  const popover = usePopoverPanel(center.open, center.setOpen);
  const [failure, setFailure] = useState<{ retry: () => void } | null>(null);
  const liveKey =
    props.liveState === "connecting" || props.liveState === "reconnecting" || props.liveState === "stopped"
      ? LIVE_MESSAGES[props.liveState]
      : null;

  const attempt = async (action: () => Promise<void>) => {
    setFailure(null);
    try {
      await action();
    } catch {
      setFailure({ retry: () => void attempt(action) });
    }
  };

  const activate = (item: Notification) => {
    if (center.isUnread(item) && props.markRead)
      void attempt(() => props.markRead?.(item) ?? Promise.resolve());
    center.setOpen(false);
    props.onNavigate?.(item);
  };

  const count = center.unreadCount;
  // The name says what the badge shows (WCAG 2.5.3, label in name).
  const shown = count > 99 ? "99+" : String(count);
  let body: ReactNode;
  if (status === "loading") {
    body = (
      <div className="cqs-notifications__loading" aria-busy="true">
        <p className="cqs-visually-hidden">{common("common.loading")}</p>
        <span className="cqs-skeleton" style={{ width: "80%" }} />
        <span className="cqs-skeleton" style={{ width: "65%" }} />
        <span className="cqs-skeleton" style={{ width: "70%" }} />
      </div>
    );
  } else if (status === "error") {
    body = (
      <RetryAlert
        className="cqs-notifications__error"
        message={t("notifications.error")}
        onRetry={props.onRetry}
        error={props.error}
      />
    );
  } else if (center.groups.length === 0) {
    body = <p className="cqs-notifications__empty">{t("notifications.empty")}</p>;
  } else {
    body = center.groups.map((group) => (
      <section
        key={group.key}
        className="cqs-notifications__group"
        aria-labelledby={`${titleId}-${group.key}`}
      >
        <h3 id={`${titleId}-${group.key}`} className="cqs-notifications__group-title">
          {t(`notifications.group.${group.key}`)}
          {group.unread > 0 ? " " : null}
          {group.unread > 0 ? (
            <span className="cqs-notifications__group-count">{`(${group.unread} ${t("notifications.unread")})`}</span>
          ) : null}
        </h3>
        <ul className="cqs-notifications__items">
          {group.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              unread={center.isUnread(item)}
              onActivate={() => activate(item)}
              onMarkRead={
                props.markRead && center.isUnread(item)
                  ? () => void attempt(() => props.markRead?.(item) ?? Promise.resolve())
                  : undefined
              }
            />
          ))}
        </ul>
      </section>
    ));
  }

  return (
    <div {...root} data-live={props.liveState} data-state={center.open ? "open" : "closed"}>
      <button
        ref={popover.bellRef}
        type="button"
        className="cqs-notifications__bell"
        aria-label={count > 0 ? t("notifications.bellUnread", { count: shown }) : t("notifications.bell")}
        aria-expanded={center.open}
        aria-controls={panelId}
        data-unread={count > 0 ? "" : undefined}
        onClick={popover.onBellClick}
      >
        <BellIcon />
        {count > 0 ? (
          <span className="cqs-notifications__count" aria-hidden="true">
            {shown}
          </span>
        ) : null}
      </button>
      <div
        ref={popover.panelRef}
        id={panelId}
        className="cqs-notifications__panel"
        popover="auto"
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        hidden={!popover.native && !center.open}
        data-native-popover={popover.native ? "" : undefined}
        onKeyDown={popover.onPanelKeyDown}
      >
        {center.open ? (
          <>
            <div className="cqs-notifications__header">
              <h2 id={titleId} className="cqs-notifications__title">
                {t("notifications.label")}
              </h2>
              {props.markAllRead && count > 0 && status === "success" ? (
                <button
                  type="button"
                  className="cqs-button"
                  onClick={() => void attempt(() => props.markAllRead?.() ?? Promise.resolve())}
                >
                  {t("notifications.markAll")}
                </button>
              ) : null}
            </div>
            {liveKey ? (
              <p className="cqs-notifications__live" data-live={props.liveState}>
                {t(liveKey)}
              </p>
            ) : null}
            {failure ? (
              <div className="cqs-notifications__error" role="alert">
                <p>{t("notifications.failed.read")}</p>
                <button type="button" className="cqs-button" onClick={failure.retry}>
                  {common("common.retry")}
                </button>
              </div>
            ) : null}
            <div className="cqs-notifications__body">{body}</div>
            {props.onViewAll ? (
              <button
                type="button"
                className="cqs-button cqs-notifications__all"
                onClick={() => {
                  center.setOpen(false);
                  props.onViewAll?.();
                }}
              >
                {t("notifications.viewAll")}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      <p className="cqs-visually-hidden" role="status">
        {liveKey ? t(liveKey) : ""}
      </p>
      <p className="cqs-visually-hidden" aria-live="polite">
        <span key={center.announcement.id}>{center.announcement.text}</span>
      </p>
    </div>
  );
}

function NotificationItem(props: {
  item: Notification;
  unread: boolean;
  onActivate: () => void;
  onMarkRead: (() => void) | undefined;
}) {
  const { item, unread } = props;
  const t = useTranslator(notificationMessages);
  const locale = useLocale();
  const title =
    typeof item.title === "string" && item.title.trim() ? item.title : t("notifications.untitled");
  return (
    <li className="cqs-notifications__item" data-unread={unread ? "" : undefined} data-type={item.type}>
      <button type="button" className="cqs-notifications__open" onClick={props.onActivate}>
        <span className="cqs-notifications__item-title">
          {unread ? <span className="cqs-notifications__dot" aria-hidden="true" /> : null}
          {/* Before the title, not after: a visually hidden span is a block in the name computation, so a
              trailing ", chưa đọc" came out as "tới hạn , chưa đọc". */}
          {unread ? (
            <span className="cqs-visually-hidden">{`${t("notifications.unreadPrefix")} `}</span>
          ) : null}
          <span lang={dataLang(locale)}>{title}</span>
        </span>
        {item.body ? (
          <span className="cqs-notifications__item-body" lang={dataLang(locale)}>
            {item.body}
          </span>
        ) : null}
        <span className="cqs-notifications__item-meta">
          {`${labelOf(STREAM_EVENT_LABELS, String(item.type), locale)} · ${safeDateTime(String(item.createdAt))}`}
        </span>
      </button>
      {props.onMarkRead ? (
        <button
          type="button"
          className="cqs-notifications__mark"
          aria-label={t("notifications.markRead", { title })}
          onClick={props.onMarkRead}
        >
          <span aria-hidden="true">✓</span>
        </button>
      ) : null}
    </li>
  );
}
