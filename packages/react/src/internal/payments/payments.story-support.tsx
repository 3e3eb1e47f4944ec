// Story support for the payment widgets: the mocks' platform in msw with a handle on its store, and a panel that
// drives the payment simulator (the `payment` scenario) the way the sandbox's control API does.
import { applyScenario, createHandlers, type MockHandlers, type PaymentOutcome } from "@chinhquyenso/mocks";
import type { MswApi } from "msw-storybook-addon/types";
import { useState } from "react";
import { STORY_API_URL, STORY_NOW } from "../../support/storybook.story-support";

let current: MockHandlers | undefined;

/** `beforeEach` of a connected payment story; keeps the store so that the simulator panel can act on it. */
export function withPaymentPlatform({ msw }: { msw: MswApi }) {
  current = createHandlers({ baseUrl: STORY_API_URL, now: STORY_NOW, seed: 7 });
  msw.use(...current);
}

/** The store of the current story's platform. */
export function storyStore() {
  if (!current) throw new Error("withPaymentPlatform must run first");
  return current.store;
}

/** A dossier of the officer's agency with unpaid fees and no payment request yet. */
export function dossierToPay(): string {
  const store = storyStore();
  const agency = store.currentUser.agencyCode;
  const record = [...store.dossiers.values()].find(
    (item) =>
      item.agencyCode === agency &&
      item.fees.filter((fee) => fee.state === "unpaid").length > 1 &&
      item.paymentRequests.length === 0,
  );
  if (!record) throw new Error(`story set-up: no dossier of agency ${agency} with unpaid fees in the seed`);
  return record.code;
}

/** Buttons that make the national platform pay, fail, expire or refund the dossier's newest request. */
export function SimulatorPanel({
  dossierCode,
  confirmation,
}: {
  dossierCode: string;
  confirmation: "immediate" | "delayed" | "officer";
}) {
  const [note, setNote] = useState("");
  const run = (outcome: PaymentOutcome) => {
    try {
      const id = applyScenario(storyStore(), {
        name: "payment",
        dossierCode,
        outcome,
        confirmAfterMs: confirmation === "immediate" ? 0 : confirmation === "delayed" ? 5000 : null,
      });
      setNote(`${outcome}: ${id}`);
    } catch (error) {
      setNote((error as Error).message);
    }
  };
  return (
    <fieldset style={{ marginBlockStart: 16 }}>
      <legend>Giả lập Nền tảng thanh toán (sandbox)</legend>
      {(["pay", "fail", "expire", "refund"] as const).map((outcome) => (
        <button key={outcome} type="button" className="cqs-button" onClick={() => run(outcome)}>
          {outcome}
        </button>
      ))}
      <output style={{ marginInlineStart: 8 }}>{note}</output>
    </fieldset>
  );
}
