// Vitest globalSetup of the Chromium tests: one sandbox over real loopback HTTP (port 0), for what an in-page
// platform cannot show — an upload through XMLHttpRequest with its progress events. Tests read its URL with
// `inject("sandboxUrl")`.
import { startSandbox } from "@chinhquyenso/mocks/sandbox";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    sandboxUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const sandbox = await startSandbox({ port: 0, seed: 7, size: 200, now: "2026-11-26T09:00:00+07:00" });
  project.provide("sandboxUrl", sandbox.url);
  return () => sandbox.close();
}
