import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

/** Waits until nothing on the page is loading: no skeleton, no busy region (each widget sets them). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector("main h1") !== null &&
      document.querySelector('[aria-busy="true"], [data-state="loading"]') === null,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core (WCAG 2.0–2.2 A/AA and best practices) over the whole document; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    // biome-ignore lint/suspicious/noExplicitAny: axe's result shape
    return result.violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      // biome-ignore lint/suspicious/noExplicitAny: axe's result shape
      targets: violation.nodes.map((node: any) => String(node.target)),
    }));
  });
}

/** The dossier count in a queue tab's accessible name ("Đang xử lý 18 hồ sơ 1 quá hạn" → 18). */
export async function tabCount(tab: Locator): Promise<number> {
  const snapshot = await tab.ariaSnapshot();
  const match = /(\d+) hồ sơ/.exec(snapshot);
  if (!match?.[1]) throw new Error(`no "N hồ sơ" count in ${JSON.stringify(snapshot)}`);
  return Number(match[1]);
}
