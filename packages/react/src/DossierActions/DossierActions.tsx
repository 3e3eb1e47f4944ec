import type { Dossier } from "@chinhquyenso/client";
import type { DossierAction } from "@chinhquyenso/core";
import type { RefObject } from "react";
import { WidgetBoundary } from "../boundary/WidgetBoundary";
import { useTranslator } from "../i18n/useTranslator";
import { ActionsView } from "../internal/dossier/ActionsView";
import { dossierMessages } from "../internal/dossier/messages";
import { useDossierActions } from "../internal/dossier/useDossierActions";
import type { HeadingLevel } from "../internal/headings";
import { useWidgetRoot } from "../theme/useWidgetRoot";

export interface DossierActionsProps {
  /** The dossier as last read (its `etag` is sent as If-Match, its `allowedActions` are offered). */
  dossier: Dossier;
  /** Reads the dossier again after a 412. Default: `dossiers.get` through the provider's client. */
  reload?: (code: string) => Promise<Dossier>;
  /** After a transition succeeded, with the dossier the platform returned. */
  onTransitioned?: (dossier: Dossier, action: DossierAction) => void;
  /**
   * Where the focus goes once a transition is answered. Default: the outcome message
   * (`[data-cqs-focus-target="dossier-actions-outcome"]`).
   */
  focusTarget?: RefObject<HTMLElement | null>;
  headingLevel?: HeadingLevel;
  className?: string;
}

/**
 * The transitions the dossier allows now, one button each; a reason (and for a supplement request a deadline on
 * the working calendar) where the platform requires one. Sent with If-Match and one idempotency key per intent;
 * a stale copy (412) is reloaded and the officer told what changed before anything is sent again.
 */
export function DossierActions(props: DossierActionsProps) {
  const t = useTranslator(dossierMessages);
  return (
    <WidgetBoundary widget="DossierActions" label={t("dossier.actions.widgetName")}>
      <DossierActionsContent {...props} />
    </WidgetBoundary>
  );
}

function DossierActionsContent({
  dossier,
  reload,
  onTransitioned,
  focusTarget,
  headingLevel,
  className,
}: DossierActionsProps) {
  const state = useDossierActions({ dossier, reload, onTransitioned });
  return (
    <div {...useWidgetRoot("cqs-dossier-actions-root", className)}>
      <ActionsView state={state} headingLevel={headingLevel} focusTarget={focusTarget} />
    </div>
  );
}
