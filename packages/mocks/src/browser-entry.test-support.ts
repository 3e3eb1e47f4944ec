// What the browser-safety test bundles for the browser: the main entry plus msw's request resolution.
import { getResponse } from "msw";
import { createHandlers, DEFAULT_TOKENS } from "./index";

export async function answer(path: string): Promise<{ status: number; body: unknown }> {
  const handlers = createHandlers({ seed: 2, size: 20, now: "2026-11-26T10:00:00+07:00" });
  const response = await getResponse(
    handlers,
    new Request(`https://api.example.gov.vn${path}`, {
      headers: { authorization: `Bearer ${DEFAULT_TOKENS.officer}` },
    }),
  );
  if (!response) throw new Error(`no handler answered ${path}`);
  return { status: response.status, body: await response.json() };
}
