import { type KeyboardEvent, useEffect, useRef, useState } from "react";

const MARGIN = 8;

/** Puts the panel under the bell, right edges aligned when it fits, always inside the viewport. */
function place(bell: HTMLElement | null, panel: HTMLElement | null) {
  if (!bell || !panel) return;
  const rect = bell.getBoundingClientRect();
  const width = panel.offsetWidth;
  const left = Math.max(MARGIN, Math.min(rect.right - width, window.innerWidth - width - MARGIN));
  panel.style.top = `${Math.round(rect.bottom + MARGIN)}px`;
  panel.style.left = `${Math.round(left)}px`;
}

/**
 * The bell's panel as a native popover (HTML `popover="auto"` with the bell as its `popovertarget`): the
 * browser provides the top layer, light dismiss, Escape and the return of focus to the bell — no library
 * bytes and no hand-written focus handling. Where the Popover API is missing (browsers before 2024), the
 * panel opens in place under the bell and Escape closes it.
 */
export function usePopoverPanel(open: boolean, setOpen: (open: boolean) => void) {
  const bellRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [native, setNative] = useState(false);
  const setOpenRef = useRef(setOpen);
  setOpenRef.current = setOpen;

  useEffect(() => {
    const bell = bellRef.current;
    const panel = panelRef.current;
    if (!bell || !panel || typeof panel.showPopover !== "function") return;
    // Set here rather than as a prop: React 18 and 19 spell the attribute differently.
    bell.setAttribute("popovertarget", panel.id);
    const beforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === "open") place(bell, panel);
    };
    const toggle = (event: Event) => {
      const opened = (event as ToggleEvent).newState === "open";
      if (opened) {
        place(bell, panel); // again, now that the panel has its size
        panel.focus();
      }
      setOpenRef.current(opened);
    };
    panel.addEventListener("beforetoggle", beforeToggle);
    panel.addEventListener("toggle", toggle);
    setNative(true);
    return () => {
      panel.removeEventListener("beforetoggle", beforeToggle);
      panel.removeEventListener("toggle", toggle);
      bell.removeAttribute("popovertarget");
    };
  }, []);

  // The state (controlled `open`, closing after a deep link) drives the popover.
  useEffect(() => {
    const panel = panelRef.current;
    if (!native || !panel) return;
    const shown = panel.matches(":popover-open");
    if (open && !shown) panel.showPopover();
    else if (!open && shown) panel.hidePopover();
  }, [open, native]);

  useEffect(() => {
    if (!open) return;
    if (!native) panelRef.current?.focus();
    const update = () => place(bellRef.current, panelRef.current);
    window.addEventListener("resize", update);
    window.addEventListener("scroll", update, true);
    return () => {
      window.removeEventListener("resize", update);
      window.removeEventListener("scroll", update, true);
    };
  }, [open, native]);

  return {
    bellRef,
    panelRef,
    native,
    /** Without the Popover API the bell toggles the panel itself (with it, `popovertarget` does). */
    onBellClick: () => {
      if (!native) setOpen(!open);
    },
    onPanelKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (native || event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      bellRef.current?.focus();
    },
  };
}
