import { checkFile, type FileProblem, isImage, type UploadRules } from "./rules";

// The queue of files of one upload widget, as a pure reducer: what was chosen, what was refused and why, each
// file's progress and outcome. The composer and EvidenceUploader share it (useFileQueue wraps it in React).

export type FileStatus = "ready" | "uploading" | "done" | "failed";

export interface QueuedFile {
  /** Stable within the queue (`f1`, `f2`…), for keys and element ids. */
  id: string;
  file: File;
  /** An image: shown as a thumbnail and sent with its required text alternative. */
  image: boolean;
  alt: string;
  status: FileStatus;
  /** Bytes sent so far. */
  loaded: number;
  /** Why the last send failed (an error object, classified by the widget). */
  error?: unknown;
  /** What the platform answered for this file. */
  result?: unknown;
}

/** A file that did not enter the queue, and why. */
export interface Rejection {
  name: string;
  reason: FileProblem | "count";
}

export interface QueueState {
  items: readonly QueuedFile[];
  /** What the last choice refused (cleared by the next choice). */
  rejected: readonly Rejection[];
  next: number;
}

export type QueueAction =
  | { type: "add"; files: readonly File[]; rules: UploadRules }
  | { type: "remove"; id: string }
  | { type: "alt"; id: string; alt: string }
  | { type: "status"; ids: readonly string[]; status: FileStatus; error?: unknown }
  | { type: "progress"; loaded: Readonly<Record<string, number>> }
  | { type: "done"; id: string; result: unknown }
  | { type: "clear" };

export const emptyQueue: QueueState = { items: [], rejected: [], next: 1 };

const update = (state: QueueState, ids: readonly string[], change: (item: QueuedFile) => QueuedFile) => ({
  ...state,
  items: state.items.map((item) => (ids.includes(item.id) ? change(item) : item)),
});

export function queueReducer(state: QueueState, action: QueueAction): QueueState {
  switch (action.type) {
    case "add": {
      const rejected: Rejection[] = [];
      const added: QueuedFile[] = [];
      let next = state.next;
      for (const file of action.files) {
        const problem = checkFile(file, action.rules);
        if (problem) rejected.push({ name: file.name, reason: problem });
        else if (state.items.length + added.length >= action.rules.maxFiles)
          rejected.push({ name: file.name, reason: "count" });
        else
          added.push({ id: `f${next++}`, file, image: isImage(file), alt: "", status: "ready", loaded: 0 });
      }
      return { items: [...state.items, ...added], rejected, next };
    }
    case "remove":
      return { ...state, items: state.items.filter((item) => item.id !== action.id) };
    case "alt":
      return update(state, [action.id], (item) => ({ ...item, alt: action.alt }));
    case "status":
      return update(state, action.ids, (item) => ({
        ...item,
        status: action.status,
        loaded: action.status === "uploading" ? 0 : item.loaded,
        error: action.status === "failed" ? action.error : undefined,
      }));
    case "progress":
      return {
        ...state,
        items: state.items.map((item) => {
          const loaded = action.loaded[item.id];
          return loaded === undefined || item.status !== "uploading" ? item : { ...item, loaded };
        }),
      };
    case "done":
      return update(state, [action.id], (item) => ({
        ...item,
        status: "done",
        loaded: item.file.size,
        result: action.result,
      }));
    case "clear":
      return { ...emptyQueue, next: state.next };
  }
}

/** Whole percent sent of one file (0–100). */
export const percentOf = (item: QueuedFile) =>
  item.file.size === 0 ? 100 : Math.min(100, Math.floor((item.loaded / item.file.size) * 100));

/** The first image without a text alternative (it cannot be sent so). */
export const missingAlt = (items: readonly QueuedFile[]) =>
  items.find((item) => item.image && item.alt.trim() === "");

/**
 * Per-file bytes sent, from the bytes sent of ONE request carrying the files one after another (a multipart
 * body): the body's overhead (boundaries, the text fields) is spread in proportion, so each file reaches its
 * size exactly when the whole body is sent.
 */
export function splitProgress(
  items: readonly QueuedFile[],
  loaded: number,
  total: number,
): Record<string, number> {
  const sizes = items.reduce((sum, item) => sum + item.file.size, 0);
  const sent = total > 0 ? Math.min(1, loaded / total) * sizes : 0;
  const result: Record<string, number> = {};
  let offset = 0;
  for (const item of items) {
    result[item.id] = Math.max(0, Math.min(item.file.size, sent - offset));
    offset += item.file.size;
  }
  return result;
}
