import { createClient } from "@chinhquyenso/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createTranslator } from "../i18n/translator";
import { ChinhQuyenSoProvider } from "../provider";
import { defaultIntentStore } from "./intent";
import { signingMessages } from "./messages";
import { SigningPrompt } from "./SigningPrompt";
import { ReviewStep } from "./steps";
import { useSigningFlow } from "./useSigningFlow";
import { detectVgcaPlugin } from "./vgca";

const documents = [{ id: "doc_1", number: "12/QĐ-UBND", subject: "Quyết định phê duyệt kế hoạch" }];

function ServerReview() {
  const flow = useSigningFlow({ documents });
  return (
    <ReviewStep
      flow={flow}
      t={createTranslator(signingMessages, "vi")}
      locale="vi"
      documents={documents}
      kind="issuance"
    />
  );
}

describe("SigningPrompt on the server", () => {
  it("renders its trigger, closed or open, connected or controlled, without a DOM", () => {
    expect(typeof window).toBe("undefined");
    const client = createClient({ baseUrl: "http://127.0.0.1:9" });
    const connected = renderToString(
      <ChinhQuyenSoProvider client={client}>
        <SigningPrompt documents={documents}>
          <button type="button">Ký số</button>
        </SigningPrompt>
      </ChinhQuyenSoProvider>,
    );
    expect(connected).toContain("Ký số</button>");
    expect(connected).toContain('aria-haspopup="dialog"');
    const open = renderToString(
      <SigningPrompt
        documents={documents}
        defaultOpen
        actions={{
          createRequest: () => Promise.reject(new Error("not on the server")),
          getRequest: () => Promise.reject(new Error("not on the server")),
          confirm: () => Promise.reject(new Error("not on the server")),
          cancel: () => Promise.reject(new Error("not on the server")),
        }}
        providers={[]}
      >
        <button type="button">Ký số</button>
      </SigningPrompt>,
    );
    expect(open).toContain('aria-expanded="true"');
  });

  it("renders the review step, detects no plugin and keeps intents in memory", () => {
    const html = renderToString(<ServerReview />);
    expect(html).toContain("12/QĐ-UBND");
    expect(html).toContain("Hình thức ký: Ký ban hành / đóng dấu");
    expect(html).toContain("hình dấu của cơ quan trùm lên khoảng 1/3");
    expect(detectVgcaPlugin()).toBe(false);
    const store = defaultIntentStore();
    store.set("s", {
      key: "3b0f6f56-8a8e-4bd4-9a43-7f1d1f2a6c10",
      method: { provider: "neac", flow: "remote", confirmation: "otp" },
      body: { provider: "neac", kind: "approval", items: [] },
    });
    expect(store.get("s")?.method.provider).toBe("neac");
  });
});
