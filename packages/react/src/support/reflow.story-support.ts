// Reflow (WCAG 1.4.10) for every story: after its play function, the story is laid out 320 CSS px wide, then
// 640 px wide with text at 200 % (1.4.4), and must not be wider than that. Only content that needs two
// dimensions may scroll, in a box of its own (the queue's grid, a data table): what overflows inside a scroll
// container does not widen the story. Runs only in the test run (vitest browser mode), never in the Storybook
// UI, where resizing the canvas would disturb the reader. A story opts out with `parameters: { reflow: false }`
// and says why.

const SIZES = [
  { width: 320, fontSize: "" },
  { width: 640, fontSize: "200%" },
] as const;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function inTestRun(): boolean {
  return (globalThis as { __vitest_browser__?: boolean }).__vitest_browser__ === true;
}

/** The widest descendants that stick out of `box` without a scroll container of their own (for the message). */
function culprits(box: HTMLElement): string[] {
  const right = box.getBoundingClientRect().right;
  const found: string[] = [];
  for (const element of box.querySelectorAll<HTMLElement>("*")) {
    if (element.getBoundingClientRect().right <= right + 1) continue;
    let parent = element.parentElement;
    while (parent && parent !== box && getComputedStyle(parent).overflowX === "visible")
      parent = parent.parentElement;
    if (parent !== box) continue;
    found.push(`${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
    if (found.length === 3) break;
  }
  return found;
}

/** Throws when the story does not reflow; restores the canvas either way. */
export async function checkReflow(canvas: HTMLElement, parameters: Record<string, unknown>): Promise<void> {
  if (!inTestRun() || parameters.reflow === false) return;
  const box = (canvas.firstElementChild as HTMLElement | null) ?? canvas;
  const root = document.documentElement;
  const saved = { width: canvas.style.width, fontSize: root.style.fontSize };
  const problems: string[] = [];
  try {
    for (const size of SIZES) {
      canvas.style.width = `${size.width}px`;
      root.style.fontSize = size.fontSize;
      // Two frames: one for layout, one for ResizeObserver-driven widgets (charts) to re-render.
      await frame();
      await frame();
      if (box.scrollWidth > box.clientWidth + 1) {
        const text = size.fontSize ? ` with text at ${size.fontSize}` : "";
        problems.push(
          `${size.width} px${text}: ${box.scrollWidth} px wide (${culprits(box).join(", ") || "no single culprit"})`,
        );
      }
    }
  } finally {
    canvas.style.width = saved.width;
    root.style.fontSize = saved.fontSize;
  }
  if (problems.length > 0) throw new Error(`The story does not reflow (WCAG 1.4.10): ${problems.join("; ")}`);
}
