// The bench's anchors: the least a page needs to show the same data, so that each widget is compared with
// something outside itself. A bare @tanstack/react-virtual list of the same dossiers (DossierQueue's anchor)
// and a bare list of thread entries with a composer (ComplaintThread's).
import type { Dossier, ThreadEntry } from "@chinhquyenso/client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useRef, useState } from "react";

/** Row height of the bare virtual list (fixed, as DossierQueue's rows). */
export const ANCHOR_ROW_HEIGHT = 40;

/** 100,000 dossiers in a bare virtual list: a fixed-height window of rows with the queue's main fields. */
export const BareVirtualList = memo(function BareVirtualList({ rows }: { rows: readonly Dossier[] }) {
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ANCHOR_ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1200, height: 600 },
  });
  return (
    <div ref={parent} data-bench-anchor="" style={{ height: 600, overflow: "auto" }}>
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              style={{
                position: "absolute",
                top: 0,
                left: 0,
                width: "100%",
                height: ANCHOR_ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
                display: "flex",
                gap: 8,
              }}
            >
              <span>{row?.code}</span>
              <span>{row?.applicant?.fullName}</span>
              <span>{row?.summary}</span>
              <span>{row?.status}</span>
              <span>{row?.dueAt}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
});

/** The ComplaintThread anchor: the least markup a list of the same entries needs, with a composer. */
export const BareThread = memo(function BareThread({ entries }: { entries: ThreadEntry[] }) {
  const [draft, setDraft] = useState("");
  return (
    <section>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <article>
              <p>
                {entry.author?.name} {entry.at}
              </p>
              <p>{"body" in entry ? entry.body : null}</p>
            </article>
          </li>
        ))}
      </ol>
      <textarea aria-label="Nội dung" value={draft} onChange={(event) => setDraft(event.target.value)} />
      <span data-bench-count="">{draft.length}</span>
    </section>
  );
});
