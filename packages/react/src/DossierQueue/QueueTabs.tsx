import { DOSSIER_QUEUE_LABELS, type Locale, labelOf } from "@chinhquyenso/core";
import * as Tabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";
import type { Translate } from "../i18n/translator";
import type { QueueMessageKey } from "./messages";
import type { DossierQueueCount } from "./types";

interface QueueTabsProps {
  queues: readonly string[];
  value: string;
  onValueChange(queue: string): void;
  counts: ReadonlyMap<string, DossierQueueCount> | undefined;
  t: Translate<QueueMessageKey>;
  locale: Locale;
  children: ReactNode;
}

/**
 * The queue menus as Radix tabs with live counts. Manual activation: arrows move between menus, Enter or Space
 * opens one, so browsing the menus by keyboard does not load every list.
 */
export function QueueTabs({ queues, value, onValueChange, counts, t, locale, children }: QueueTabsProps) {
  const menus = queues.includes(value) ? queues : [...queues, value];
  return (
    <Tabs.Root
      value={value}
      onValueChange={onValueChange}
      activationMode="manual"
      className="cqs-queue__tabs"
    >
      <Tabs.List aria-label={t("queue.tabs")} className="cqs-queue__tablist">
        {menus.map((queue) => {
          const count = counts?.get(queue);
          const overdue = count?.overdue ?? 0;
          return (
            <Tabs.Trigger key={queue} value={queue} className="cqs-queue__tab" data-queue={queue}>
              <span>{labelOf(DOSSIER_QUEUE_LABELS, queue, locale)}</span>
              {count ? (
                <>
                  <span className="cqs-queue__pill" aria-hidden="true">
                    {t("queue.number", { count: count.count })}
                  </span>
                  <span className="cqs-visually-hidden">{t("queue.tab.count", { count: count.count })}</span>
                </>
              ) : null}
              {overdue > 0 ? (
                <span className="cqs-queue__pill" data-tone="danger">
                  {t("queue.tab.overdue", { count: overdue })}
                </span>
              ) : null}
            </Tabs.Trigger>
          );
        })}
      </Tabs.List>
      <Tabs.Content value={value} className="cqs-queue__panel" tabIndex={-1}>
        {children}
      </Tabs.Content>
    </Tabs.Root>
  );
}
