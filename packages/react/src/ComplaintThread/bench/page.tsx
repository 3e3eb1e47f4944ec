// The page the thread bench runs in Chromium (bench/run.mjs builds it with production React). Each case mounts
// a fresh root and measures, with forced layout, what a user waits for: the first render, a keystroke in the
// composer, and a new entry arriving at the end of the thread.
import type { ThreadEntry } from "@chinhquyenso/client";
import { memo, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { ChinhQuyenSoProvider } from "../../provider";
import { ComplaintThread } from "../ComplaintThread";
import { largeThread, OFFICER, sampleFeedback } from "../fixtures";

const feedback = sampleFeedback();
const now = () => new Date("2026-11-26T09:00:00+07:00");
const noop = async () => undefined;

function Widget({ entries }: { entries: ThreadEntry[] }) {
  return (
    <ChinhQuyenSoProvider now={now}>
      <ComplaintThread audience="staff" feedback={feedback} entries={entries} onPostUpdate={noop} />
    </ChinhQuyenSoProvider>
  );
}

/** The anchor: the least markup a plain list of the same entries needs, with a composer, and no memoisation. */
function Bare({ entries }: { entries: ThreadEntry[] }) {
  const [draft, setDraft] = useState("");
  return (
    <section>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <article>
              <p>
                {entry.author.name} {entry.at}
              </p>
              <p>{entry.body}</p>
            </article>
          </li>
        ))}
      </ol>
      <textarea aria-label="Nội dung" value={draft} onChange={(event) => setDraft(event.target.value)} />
    </section>
  );
}
const BareMemo = memo(Bare);

type Variant = "widget" | "bare";

const layout = () => document.body.getBoundingClientRect().height;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function view(variant: Variant, entries: ThreadEntry[]) {
  return variant === "widget" ? <Widget entries={entries} /> : <BareMemo entries={entries} />;
}

function typeOnce(textarea: HTMLTextAreaElement, text: string): number {
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
  const start = performance.now();
  flushSync(() => {
    setValue?.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  });
  layout();
  return performance.now() - start;
}

function measure(variant: Variant, count: number) {
  const host = document.createElement("div");
  document.body.append(host);
  const root: Root = createRoot(host);
  const entries = largeThread(count);
  const mountStart = performance.now();
  flushSync(() => root.render(view(variant, entries)));
  layout();
  const mount = performance.now() - mountStart;

  const textarea = host.querySelector("textarea") as HTMLTextAreaElement;
  const keystrokes: number[] = [];
  let text = "";
  for (let index = 0; index < 30; index++) {
    text += "đ";
    keystrokes.push(typeOnce(textarea, text));
  }

  const added: ThreadEntry = {
    id: "te_new",
    entryType: "public_reply",
    body: "Đã xử lý xong, mời anh kiểm tra.",
    at: "2026-11-26T09:05:00+07:00",
    author: OFFICER,
  };
  const appendStart = performance.now();
  flushSync(() => root.render(view(variant, [...entries, added])));
  layout();
  const append = performance.now() - appendStart;

  root.unmount();
  host.remove();
  return { mount, keystroke: median(keystrokes), append };
}

export interface BenchRow {
  case: string;
  mount: number;
  keystroke: number;
  append: number;
}

async function run(rounds: number): Promise<BenchRow[]> {
  const cases: [string, Variant, number][] = [
    ["ComplaintThread, 500 entries", "widget", 500],
    ["ComplaintThread, 50 entries", "widget", 50],
    ["ComplaintThread, 2,000 entries", "widget", 2000],
    ["bare list (anchor), 500 entries", "bare", 500],
  ];
  // One warm-up round each (JIT, style caches), then `rounds` measured rounds, interleaved.
  for (const [, variant, count] of cases) measure(variant, count);
  const samples = cases.map(() => ({
    mount: [] as number[],
    keystroke: [] as number[],
    append: [] as number[],
  }));
  for (let round = 0; round < rounds; round++) {
    for (const [index, [, variant, count]] of cases.entries()) {
      const result = measure(variant, count);
      const sample = samples[index];
      sample?.mount.push(result.mount);
      sample?.keystroke.push(result.keystroke);
      sample?.append.push(result.append);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return cases.map(([name], index) => ({
    case: name,
    mount: median(samples[index]?.mount ?? []),
    keystroke: median(samples[index]?.keystroke ?? []),
    append: median(samples[index]?.append ?? []),
  }));
}

(window as unknown as { cqsBench: { run: typeof run } }).cqsBench = { run };
