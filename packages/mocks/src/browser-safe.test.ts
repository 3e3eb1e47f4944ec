// The main entry must run in a browser (Storybook loads it with msw-storybook-addon): bundle it for the browser,
// with every dependency, and run it in a context that has web APIs only — no process, require, Buffer or node:*.
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));

const WEB_GLOBALS = [
  "URL",
  "URLSearchParams",
  "Request",
  "Response",
  "Headers",
  "ReadableStream",
  "WritableStream",
  "TransformStream",
  "TextEncoder",
  "TextDecoder",
  "crypto",
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "queueMicrotask",
  "structuredClone",
  "atob",
  "btoa",
  "Blob",
  "File",
  "FormData",
  "AbortController",
  "AbortSignal",
  "Event",
  "EventTarget",
  "performance",
  "console",
  "fetch",
  "MessageChannel",
  "BroadcastChannel",
  "DOMException",
  "WebSocket",
] as const;

describe("the main entry in a browser", () => {
  it("bundles for the browser without any Node built-in", async () => {
    const result = await build({
      entryPoints: [path.join(here, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter(
        (input) => input.startsWith("node:") || /(^|\/)(fs|path|http|net|os|crypto|stream)$/.test(input),
      ),
    ).toEqual([]);
    expect(inputs.some((input) => input.includes("msw"))).toBe(true);
  });

  it("creates handlers and answers a request with web APIs only", async () => {
    const result = await build({
      entryPoints: [path.join(here, "browser-entry.test-support.ts")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "mocks",
      write: false,
      logLevel: "silent",
    });
    const sandbox: Record<string, unknown> = {};
    for (const name of WEB_GLOBALS)
      if (name in globalThis) sandbox[name] = (globalThis as Record<string, unknown>)[name];
    // Browser APIs Node lacks, as a page has them (msw keeps cookies in localStorage).
    const storage = new Map<string, string>();
    sandbox.localStorage = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, String(value)),
      removeItem: (key: string) => void storage.delete(key),
      clear: () => storage.clear(),
    };
    sandbox.location = new URL("https://storybook.example/iframe.html");
    const context = vm.createContext(sandbox);
    vm.runInContext(`${result.outputFiles[0]?.text}\nglobalThis.mocks = mocks;`, context);
    expect("process" in context || "require" in context || "Buffer" in context).toBe(false);
    const { answer } = context.mocks as {
      answer: (path: string) => Promise<{ status: number; body: { items: unknown[] } }>;
    };
    const counts = await answer("/v1/dossier-counts");
    expect(counts.status).toBe(200);
    expect(counts.body.items).toHaveLength(8);
  });
});
