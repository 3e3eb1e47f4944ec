// Writes the reports of a run into a folder: conformance.md, conformance.xml (JUnit), conformance.json.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ConformanceReport } from "../run";
import { toJUnit } from "./junit";
import { toMarkdown } from "./markdown";

export async function writeReports(report: ConformanceReport, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files: [string, string][] = [
    ["conformance.md", toMarkdown(report)],
    ["conformance.xml", toJUnit(report)],
    ["conformance.json", `${JSON.stringify(report, null, 2)}\n`],
  ];
  for (const [name, text] of files) await writeFile(join(folder, name), text, "utf8");
  return files.map(([name]) => join(folder, name));
}
