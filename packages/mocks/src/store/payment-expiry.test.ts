// Settling through the expiry index must expire exactly the requests a scan of every dossier expires, in the
// scan's order (its notifications and webhooks go out in that order), through random writes: new requests, the
// simulator's outcomes, one dossier's requests read (which settles that dossier alone), dossiers removed and
// put back, and the clock moving by minutes to days, sometimes back. Seeded: a failure replays with its seed.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiPaymentRequest, DossierRecord } from "../dataset/types";
import { createRandom, type Random } from "../random";
import { TEST_NOW } from "../sandbox/sandbox.test-support";
import { createManualClock, type ManualClock } from "./clock";
import { createStore } from "./create";
import { type PaymentOutcome, paymentRequestsOf, requestPayment, simulatePayment } from "./payment-ops";
import type { MockStore } from "./store";

const HOUR_MS = 3_600_000;

/** What a scan of every dossier would expire now, in its order (`dossierCode/requestId`). */
function dueByScan(store: MockStore): string[] {
  const now = store.now();
  const due: string[] = [];
  for (const record of store.dossiers.values())
    for (const request of record.paymentRequests)
      if (request.state === "pending" && Date.parse(request.expiresAt) <= now)
        due.push(`${record.code}/${request.id}`);
  return due;
}

function randomWrite(random: Random, store: MockStore, clock: ManualClock, removed: DossierRecord[]): void {
  const records = [...store.dossiers.values()];
  const roll = random.next();
  if (roll < 0.35) {
    const record = random.pick(records.filter((item) => item.fees.some((fee) => fee.state === "unpaid")));
    const unpaid = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    requestPayment(store, record, { feeIds: unpaid.slice(0, random.int(1, unpaid.length)) });
  } else if (roll < 0.5) {
    const outcome = random.pick<PaymentOutcome>(["pay", "fail", "refund"]);
    try {
      simulatePayment(store, { outcome, afterMs: random.int(0, 3) * HOUR_MS, confirmAfterMs: null });
    } catch {
      // No request in the state the outcome needs: nothing to simulate.
    }
  } else if (roll < 0.6) {
    const record = random.pick(records.filter((item) => item.paymentRequests.length > 0));
    paymentRequestsOf(store, record);
  } else if (roll < 0.67) {
    const record = random.pick(records);
    store.dossiers.delete(record.code);
    removed.push(record);
  } else if (roll < 0.74 && removed.length > 0) {
    const back = removed.splice(random.int(0, removed.length - 1), 1)[0] as DossierRecord;
    store.dossiers.set(back.code, back);
  } else if (roll < 0.78) {
    clock.advance(-random.int(1, 12) * HOUR_MS);
  } else {
    clock.advance(random.int(1, 30) * HOUR_MS);
  }
}

describe("payment expiry index", () => {
  it.each([3, 17])(
    "expires what a scan of every dossier expires, in the scan's order, through random writes (seed %i)",
    (seed) => {
      const random = createRandom(seed);
      const clock = createManualClock(TEST_NOW);
      const store = createStore({ seed, size: 300, now: TEST_NOW, clock });
      const expired: string[] = [];
      const dispatch = vi.spyOn(store.webhooks, "dispatch");
      const removed: DossierRecord[] = [];
      let expiredTotal = 0;
      let settlesWithSeveral = 0;
      for (let step = 0; step < 400; step++) {
        randomWrite(random, store, clock, removed);
        const expected = dueByScan(store);
        dispatch.mockClear();
        store.settle();
        expired.length = 0;
        for (const [type, data] of dispatch.mock.calls) {
          const event = data as { dossierCode: string; paymentRequestId: string; toState: string };
          if (type === "payment.status_changed" && event.toState === "expired")
            expired.push(`${event.dossierCode}/${event.paymentRequestId}`);
        }
        expect(expired, `step ${step}`).toEqual(expected);
        expect(dueByScan(store), `nothing due left at step ${step}`).toEqual([]);
        expiredTotal += expired.length;
        if (expired.length > 1) settlesWithSeveral += 1;
      }
      // The run did expire requests, several at once too (an order to keep), and not only seeded ones.
      expect(expiredTotal).toBeGreaterThan(20);
      expect(settlesWithSeveral).toBeGreaterThan(3);
      const created = [...store.dossiers.values(), ...removed].flatMap((record) =>
        record.paymentRequests.filter(
          (request: ApiPaymentRequest) => Date.parse(request.createdAt) > Date.parse(TEST_NOW),
        ),
      );
      expect(created.some((request) => request.state === "expired")).toBe(true);
    },
  );
});

describe("payment expiry with the default clock", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A store on its default clock (real time from `now`, here the fake timers' time) with one new request. */
  function storeWithRequest() {
    vi.useFakeTimers({ now: Date.parse(TEST_NOW) });
    const store = createStore({ seed: 5, size: 60, now: TEST_NOW });
    store.settle();
    const record = [...store.dossiers.values()].find((item) =>
      item.fees.some((fee) => fee.state === "unpaid"),
    );
    if (!record) throw new Error("the data set has no unpaid fee");
    const feeIds = record.fees.filter((fee) => fee.state === "unpaid").map((fee) => fee.id);
    const request = requestPayment(store, record, { feeIds });
    store.settle();
    return { store, record, request, feeIds };
  }

  it("expires a request when its time comes, with no request to the sandbox, and sends its webhook", () => {
    const { store, record, request, feeIds } = storeWithRequest();
    const dispatch = vi.spyOn(store.webhooks, "dispatch");
    vi.advanceTimersByTime(Date.parse(request.expiresAt) - Date.now() - 1_000);
    expect(request.state).toBe("pending");
    vi.advanceTimersByTime(2_000 + 5);
    expect(request.state).toBe("expired");
    expect(record.fees.filter((fee) => feeIds.includes(fee.id)).map((fee) => fee.state)).toEqual(
      feeIds.map(() => "unpaid"),
    );
    const expired = dispatch.mock.calls.filter(
      ([type, data]) =>
        type === "payment.status_changed" && (data as { toState: string }).toState === "expired",
    );
    expect(expired.map(([, data]) => (data as { paymentRequestId: string }).paymentRequestId)).toEqual([
      request.id,
    ]);
    store.close();
  });

  it("waits for an expiry beyond setTimeout's 24.8-day range without waking in a loop", () => {
    const { store, request } = storeWithRequest();
    request.expiresAt = new Date(Date.now() + 40 * 24 * HOUR_MS).toISOString();
    // The index keeps the expiry it was given: a new store reads the request's new one.
    const settle = vi.spyOn(store, "settle");
    store.dossiers = new Map(store.dossiers);
    store.settle();
    settle.mockClear();
    vi.advanceTimersByTime(60_000);
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40 * 24 * HOUR_MS);
    expect(request.state).toBe("expired");
    // Woken once at 24.8 days to wait again, then at the expiry.
    expect(settle.mock.calls.length).toBeLessThanOrEqual(3);
    store.close();
  });
});
