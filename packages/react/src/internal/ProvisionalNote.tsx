// "dự kiến" next to a date that depends on a year without an official holiday notice, with the reason on hover,
// on keyboard focus and on tap (WCAG 1.4.13: the reason can be hovered, stays while wanted, closes with Escape).
import { PROVISIONAL_LABEL, PROVISIONAL_REASON } from "@chinhquyenso/core";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { defineCatalog } from "../i18n/translator";
import { useTranslator } from "../i18n/useTranslator";
import { useIsomorphicLayoutEffect } from "./useIsomorphicLayoutEffect";

/** Overridable through the provider's `messages`, like every widget string. */
export const provisionalMessages = /* @__PURE__ */ defineCatalog({
  vi: { "common.provisional": PROVISIONAL_LABEL.vi, "common.provisionalReason": PROVISIONAL_REASON.vi },
  en: { "common.provisional": PROVISIONAL_LABEL.en, "common.provisionalReason": PROVISIONAL_REASON.en },
});

export interface ProvisionalNoteProps {
  /** Years without an official notice that the date depends on; nothing is rendered when there are none. */
  years: readonly number[];
  /**
   * Inside a data grid whose cells take the focus: the note adds no Tab stop of its own, and opens while the
   * cell holding it has the focus.
   */
  inGrid?: boolean;
}

/** Places the reason under the label (above it near the bottom of the viewport), in the top layer if possible. */
function place(tip: HTMLElement, anchor: HTMLElement) {
  const rect = anchor.getBoundingClientRect();
  const gap = 4;
  const margin = 8;
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const below = rect.bottom + gap + height <= window.innerHeight - margin || rect.top - gap - height < margin;
  tip.style.top = `${below ? rect.bottom + gap : rect.top - gap - height}px`;
  tip.style.left = `${Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin))}px`;
}

export function ProvisionalNote({ years, inGrid = false }: ProvisionalNoteProps) {
  const t = useTranslator(provisionalMessages);
  const reasonId = useId();
  const labelRef = useRef<HTMLButtonElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused || pinned) && !dismissed;
  const show = useCallback((set: (value: boolean) => void) => {
    set(true);
    setDismissed(false);
  }, []);

  // In a grid, the focus is on the cell around the note, not on the note.
  useEffect(() => {
    const cell = inGrid ? labelRef.current?.parentElement?.closest<HTMLElement>("[tabindex]") : null;
    if (!cell) return;
    const onFocus = () => show(setFocused);
    const onBlur = () => setFocused(false);
    if (cell.ownerDocument.activeElement === cell) onFocus();
    cell.addEventListener("focus", onFocus);
    cell.addEventListener("blur", onBlur);
    return () => {
      cell.removeEventListener("focus", onFocus);
      cell.removeEventListener("blur", onBlur);
    };
  }, [inGrid, show]);

  // While open: Escape closes it, a tap elsewhere unpins it, and it follows its label when the page scrolls.
  useIsomorphicLayoutEffect(() => {
    const tip = tipRef.current;
    const label = labelRef.current;
    if (!open || !tip || !label) return;
    if (typeof tip.showPopover === "function" && !tip.matches(":popover-open")) tip.showPopover();
    place(tip, label);
    const follow = () => place(tip, label);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!label.parentElement?.contains(event.target as Node)) setPinned(false);
    };
    const doc = label.ownerDocument;
    doc.addEventListener("keydown", onKeyDown);
    doc.addEventListener("pointerdown", onPointerDown);
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      doc.removeEventListener("keydown", onKeyDown);
      doc.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
      if (typeof tip.hidePopover === "function" && tip.matches(":popover-open")) tip.hidePopover();
    };
  }, [open]);

  if (years.length === 0) return null;
  const reason = t("common.provisionalReason", { years: years.join(", ") });
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering the label or its reason shows the reason; keyboard users get it on focus
    <span
      className="cqs-provisional"
      data-open={open ? "" : undefined}
      onMouseEnter={() => show(setHovered)}
      onMouseLeave={() => setHovered(false)}
    >
      <button
        ref={labelRef}
        type="button"
        className="cqs-provisional__label"
        tabIndex={inGrid ? -1 : undefined}
        aria-describedby={reasonId}
        onFocus={() => show(setFocused)}
        onBlur={() => setFocused(false)}
        onClick={() => {
          setPinned((value) => !value || dismissed);
          setDismissed(false);
        }}
      >
        {t("common.provisional")}
      </button>
      {/* Read by screen readers with the date (and as the label's description); the popup is for the eyes. */}
      <span id={reasonId} className="cqs-visually-hidden">
        {reason}
      </span>
      <span ref={tipRef} className="cqs-provisional__tip" popover="manual" aria-hidden="true">
        {reason}
      </span>
    </span>
  );
}
