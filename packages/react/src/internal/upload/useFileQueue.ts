import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useTranslator } from "../../i18n/useTranslator";
import { uploadMessages } from "./messages";
import { emptyQueue, percentOf, type QueuedFile, queueReducer } from "./queue";
import type { UploadRules } from "./rules";

export interface FileQueue {
  items: readonly QueuedFile[];
  rejected: ReturnType<typeof queueReducer>["rejected"];
  rules: UploadRules;
  add(files: Iterable<File> | ArrayLike<File>): void;
  remove(id: string): void;
  setAlt(id: string, alt: string): void;
  /** Marks files as being sent (progress from 0). */
  start(ids: readonly string[]): void;
  /** Bytes sent per file id. */
  progress(loaded: Readonly<Record<string, number>>): void;
  done(id: string, result: unknown): void;
  fail(ids: readonly string[], error: unknown): void;
  /** Back to "ready" (a send that was cancelled). */
  reset(ids: readonly string[]): void;
  clear(): void;
  /** A thumbnail URL of an image (an object URL, revoked when the file leaves the queue). */
  previewOf(item: QueuedFile): string | undefined;
  /** The polite live region's text: files added or removed, progress by quarters, outcomes. */
  announcement: string;
  announce(text: string): void;
}

/** The queue of files of an upload widget: validation against the contract's rules, progress, thumbnails. */
export function useFileQueue(rules: UploadRules): FileQueue {
  const t = useTranslator(uploadMessages);
  const [state, dispatch] = useReducer(queueReducer, emptyQueue);
  const [announcement, setAnnouncement] = useState("");
  // A repeated message still changes the text, so screen readers read it again.
  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)),
    [],
  );

  // Object URLs for image thumbnails, created lazily and revoked when their file leaves (or on unmount).
  const urls = useRef(new Map<string, string>());
  useEffect(() => {
    const live = new Set(state.items.map((item) => item.id));
    for (const [id, url] of urls.current)
      if (!live.has(id)) {
        URL.revokeObjectURL(url);
        urls.current.delete(id);
      }
  }, [state.items]);
  useEffect(() => {
    const map = urls.current;
    return () => {
      for (const url of map.values()) URL.revokeObjectURL(url);
      map.clear();
    };
  }, []);
  const previewOf = useCallback((item: QueuedFile) => {
    if (!item.image || typeof URL.createObjectURL !== "function") return undefined;
    let url = urls.current.get(item.id);
    if (!url) {
      url = URL.createObjectURL(item.file);
      urls.current.set(item.id, url);
    }
    return url;
  }, []);

  // Progress is announced by quarters, not every event: a screen reader would otherwise talk without pause.
  const quarters = useRef(new Map<string, number>());
  useEffect(() => {
    for (const item of state.items) {
      if (item.status !== "uploading") continue;
      const quarter = Math.floor(percentOf(item) / 25);
      const before = quarters.current.get(item.id) ?? 0;
      if (quarter > before && quarter < 4) {
        quarters.current.set(item.id, quarter);
        announce(t("upload.announce.progress", { name: item.file.name, percent: quarter * 25 }));
      }
    }
  }, [state.items, announce, t]);

  const itemsRef = useRef(state.items);
  itemsRef.current = state.items;
  const nameOf = useCallback(
    (id: string) => itemsRef.current.find((item) => item.id === id)?.file.name ?? "",
    [],
  );

  const add = useCallback(
    (files: Iterable<File> | ArrayLike<File>) => {
      const list = Array.from(files);
      if (list.length === 0) return;
      const action = { type: "add", files: list, rules } as const;
      // The same reducer, run ahead on the current items, tells how many files the choice adds.
      const before = itemsRef.current.length;
      const accepted = queueReducer({ ...emptyQueue, items: itemsRef.current }, action).items.length - before;
      dispatch(action);
      if (accepted > 0) announce(t("upload.announce.added", { count: accepted }));
    },
    [rules, announce, t],
  );
  const remove = useCallback(
    (id: string) => {
      announce(t("upload.announce.removed", { name: nameOf(id) }));
      dispatch({ type: "remove", id });
    },
    [announce, t, nameOf],
  );
  const start = useCallback((ids: readonly string[]) => {
    for (const id of ids) quarters.current.set(id, 0);
    dispatch({ type: "status", ids, status: "uploading" });
  }, []);
  const done = useCallback(
    (id: string, result: unknown) => {
      announce(t("upload.announce.done", { name: nameOf(id) }));
      dispatch({ type: "done", id, result });
    },
    [announce, t, nameOf],
  );
  const fail = useCallback(
    (ids: readonly string[], error: unknown) => {
      announce(ids.map((id) => t("upload.announce.failed", { name: nameOf(id) })).join(" "));
      dispatch({ type: "status", ids, status: "failed", error });
    },
    [announce, t, nameOf],
  );

  return useMemo(
    () => ({
      items: state.items,
      rejected: state.rejected,
      rules,
      add,
      remove,
      setAlt: (id: string, alt: string) => dispatch({ type: "alt", id, alt }),
      start,
      progress: (loaded: Readonly<Record<string, number>>) => dispatch({ type: "progress", loaded }),
      done,
      fail,
      reset: (ids: readonly string[]) => dispatch({ type: "status", ids, status: "ready" }),
      clear: () => dispatch({ type: "clear" }),
      previewOf,
      announcement,
      announce,
    }),
    [state, rules, add, remove, start, done, fail, previewOf, announcement, announce],
  );
}
