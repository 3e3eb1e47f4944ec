// The reliability run: the real client sends mixed writes to a sandbox that fails a share of requests (5xx or a
// dropped connection, before or after applying the write); afterwards the store is counted for duplicates and
// lost writes. Used by `sandbox/reliability.test.ts` and `sandbox/resend.test.ts`.
import {
  ApiError,
  type ChinhQuyenSoClient,
  ClientError,
  createClient,
  type RequestOptions,
} from "@chinhquyenso/client";
import { ensureAttachments } from "../store/dossier-ops";
import type { FaultCounts } from "./faults";
import { TEST_NOW } from "./sandbox.test-support";
import { type Sandbox, startSandbox } from "./server";

export interface ReliabilityOptions {
  readonly errorRate?: number;
  readonly concurrency?: number;
  /**
   * How a write that still failed after the client's own retries is sent again:
   * - `caller-key` (default): the caller makes each key and passes it every time; the client retries hard
   *   (limit 10);
   * - `error-key`: the client's default retry policy and its own key; the write is resent with
   *   `{ idempotencyKey: error.idempotencyKey }`;
   * - `new-key`: the default policy; the write is resent as a new call (a new key), the natural "try again"
   *   that makes duplicates. Transitions are left out (a resent transition fails on its stale If-Match).
   */
  readonly resend?: "caller-key" | "error-key" | "new-key";
}

export interface ReliabilityResult {
  readonly writes: number;
  readonly byKind: Record<string, number>;
  readonly faults: FaultCounts;
  /** Retries the client made by itself (same Idempotency-Key). */
  readonly clientRetries: number;
  /** Calls that still failed after the client's retries and were sent again by the caller. */
  readonly resends: number;
  /** Resends the platform refused (new-key only: e.g. a 409 for what the first call had already done). */
  readonly refused: number;
  readonly duplicates: number;
  readonly lost: number;
  readonly durationMs: number;
}

const CHAINS = 10;
const CHAIN_LENGTH = 15;

async function pool<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await (tasks[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

/** Counts how often each marker appears; duplicates and missing ones are what the run must not produce. */
function tally(markers: readonly string[], found: readonly string[]): { duplicates: number; lost: number } {
  const counts = new Map<string, number>(markers.map((marker) => [marker, 0]));
  for (const text of found)
    for (const marker of text.match(/R-\d+-\d+/g) ?? [])
      if (counts.has(marker)) counts.set(marker, (counts.get(marker) ?? 0) + 1);
  let duplicates = 0;
  let lost = 0;
  for (const count of counts.values()) {
    if (count === 0) lost += 1;
    if (count > 1) duplicates += count - 1;
  }
  return { duplicates, lost };
}

export async function runReliability(options: ReliabilityOptions = {}): Promise<ReliabilityResult> {
  const sandbox: Sandbox = await startSandbox({
    port: 0,
    seed: 21,
    size: 400,
    now: TEST_NOW,
    signing: { confirmAfterMs: 600_000 },
    // Writes to every agency's records: the explicit opt-in to the any-token principal.
    auth: { unknownTokens: "any" },
  });
  const resend = options.resend ?? "caller-key";
  let clientRetries = 0;
  const client: ChinhQuyenSoClient = createClient({
    baseUrl: sandbox.url,
    auth: { token: () => "reliability" },
    ...(resend === "caller-key" && {
      retry: { limit: 10, baseDelay: 5, maxDelay: 40, maxElapsed: 60_000 },
      timeout: 10_000,
    }),
    hooks: {
      retry: () => {
        clientRetries += 1;
      },
    },
  });
  let resends = 0;
  let refused = 0;
  /** A read, sent again until it succeeds (reads are safe to repeat; the default policy may give up). */
  const read = async <T>(get: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await get();
      } catch (error) {
        if (attempt >= 20) throw error;
      }
    }
  };
  /** One logical write: the client retries it; if it still fails, the caller sends it again (see `resend`). */
  const write = async (kind: string, send: (options: RequestOptions) => Promise<unknown>) => {
    let options: RequestOptions = resend === "caller-key" ? { idempotencyKey: crypto.randomUUID() } : {};
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(options);
      } catch (error) {
        if (attempt >= 20) throw error;
        // A new call for what the first one already did may be refused (a 409…): the write stands once.
        if (resend === "new-key" && error instanceof ApiError && error.status < 500) {
          refused += 1;
          return undefined;
        }
        resends += 1;
        if (resend === "error-key") {
          if (!(error instanceof ClientError) || !error.idempotencyKey)
            throw new Error(`${kind}: the error carries no idempotencyKey`, { cause: error });
          options = { idempotencyKey: error.idempotencyKey };
        }
      }
    }
  };

  try {
    const store = sandbox.store;
    const feedback = [...store.feedback.values()]
      .filter((item) => item.status === "in_progress")
      .map((item) => item.id);
    const dossiers = [...store.dossiers.keys()].slice(0, 60);
    const chains = [...store.dossiers.values()]
      .filter((item) => item.status === "processing")
      .slice(0, CHAINS)
      .map((item) => item.code);
    if (chains.length < CHAINS || feedback.length < 5)
      throw new Error("the data set is too small for the run");
    sandbox.configureFaults({ errorRate: options.errorRate ?? 0.3, seed: 99 });
    const started = performance.now();
    const markers = {
      feedback: [] as string[],
      updates: [] as string[],
      uploads: [] as string[],
      signing: [] as string[],
      transitions: [] as string[],
    };
    const tasks: (() => Promise<unknown>)[] = [];
    for (let index = 0; index < 300; index++) {
      const marker = `R-1-${index}`;
      markers.feedback.push(marker);
      tasks.push(() =>
        write("feedback.create", (options) =>
          client.feedback.create(
            {
              title: `Phản ánh thử nghiệm ${marker}`,
              description: "Đèn đường không sáng.",
              channel: "phone",
              categoryCode: "street_lighting",
            },
            options,
          ),
        ),
      );
    }
    for (let index = 0; index < 250; index++) {
      const marker = `R-2-${index}`;
      markers.updates.push(marker);
      const id = feedback[index % feedback.length] as string;
      tasks.push(() =>
        write("feedback.postUpdate", (options) =>
          client.feedback.postUpdate(
            id,
            {
              entryType: "internal_note",
              body: `Cập nhật ${marker}`,
              files: [new Blob([`ảnh ${marker}`], { type: "image/jpeg" })],
              fileAlts: [`Ảnh hiện trường ${marker}`],
            },
            options,
          ),
        ),
      );
    }
    for (let index = 0; index < 150; index++) {
      const marker = `R-3-${index}`;
      markers.uploads.push(marker);
      const code = dossiers[index % dossiers.length] as string;
      tasks.push(() =>
        write("dossiers.uploadAttachment", (options) =>
          client.dossiers.uploadAttachment(
            code,
            {
              file: new Blob([`%PDF ${marker}`], { type: "application/pdf" }),
              kind: "supplement",
              name: `tep-${marker}.pdf`,
            },
            options,
          ),
        ),
      );
    }
    for (let index = 0; index < 150; index++) {
      const marker = `R-4-${index}`;
      markers.signing.push(marker);
      tasks.push(() =>
        write("signing.createRequest", (options) =>
          client.signing.createRequest(
            {
              provider: "mysign",
              kind: "approval",
              items: [{ source: "eform", submissionId: marker, format: "json" }],
            },
            options,
          ),
        ),
      );
    }
    // Transitions change the etag: each chain runs in order, alternating a supplement request and a resume.
    const lanes = chains.map((code, chain) => async () => {
      let etag = (await read(() => client.dossiers.get(code))).etag;
      for (let step = 0; step < CHAIN_LENGTH; step++) {
        const marker = `R-5-${chain * CHAIN_LENGTH + step}`;
        markers.transitions.push(marker);
        const body =
          step % 2 === 0
            ? {
                action: "request_supplement" as const,
                comment: marker,
                supplement: { reason: `Bổ sung ${marker}`, deadline: "2026-12-31T17:00:00+07:00" },
              }
            : { action: "resume" as const, comment: marker };
        const updated = (await write("dossiers.transition", (options) =>
          client.dossiers.transition(code, body, { ifMatch: etag }, options),
        )) as { etag: string };
        etag = updated.etag;
      }
    });
    const runLanes = resend === "new-key" ? [] : lanes;
    await Promise.all([pool(tasks, options.concurrency ?? 16), ...runLanes.map((lane) => lane())]);
    const durationMs = performance.now() - started;
    sandbox.configureFaults({ errorRate: 0 });

    const records = [...store.feedback.values()];
    const counted = [
      tally(
        markers.feedback,
        records.map((item) => item.title),
      ),
      tally(
        markers.updates,
        records.flatMap((item) => item.thread.map((entry) => entry.body ?? "")),
      ),
      tally(
        markers.uploads,
        [...store.dossiers.values()].flatMap((record) =>
          record.attachments === null ? [] : ensureAttachments(store, record).map((file) => file.name),
        ),
      ),
      tally(
        markers.signing,
        [...store.signingRequests.values()].flatMap((request) =>
          request.items.map((item) => item.submissionId ?? ""),
        ),
      ),
      tally(
        markers.transitions,
        [...store.dossiers.values()].flatMap((record) => record.history.map((entry) => entry.comment ?? "")),
      ),
    ];
    return {
      writes: tasks.length + markers.transitions.length,
      byKind: {
        "feedback.create": 300,
        "feedback.postUpdate": 250,
        "dossiers.uploadAttachment": 150,
        "signing.createRequest": 150,
        "dossiers.transition": markers.transitions.length,
      },
      faults: { ...sandbox.faults },
      clientRetries,
      resends,
      refused,
      duplicates: counted.reduce((sum, item) => sum + item.duplicates, 0),
      lost: counted.reduce((sum, item) => sum + item.lost, 0),
      durationMs,
    };
  } finally {
    await sandbox.close();
  }
}
