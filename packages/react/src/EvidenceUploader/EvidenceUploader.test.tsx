import { createClient } from "@chinhquyenso/client";
import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { dropFiles, pdfFile } from "../internal/upload/fixtures";
import { ChinhQuyenSoProvider } from "../provider";
import { EvidenceUploader } from "./EvidenceUploader";
import { apiErrorOf, STORED_DOCUMENTS } from "./fixtures";
import type {
  EvidenceUploadHandler,
  EvidenceUploadInput,
  EvidenceUploadMeta,
  StoredDocumentReuseHandler,
} from "./types";

const NOW = new Date("2026-11-26T09:00:00+07:00");
const pdf = (name: string, text = "%PDF-1.7 giấy tờ") => pdfFile(name, text);

/** An upload handler whose calls the test settles one by one. */
function manualUploads() {
  const calls: {
    input: EvidenceUploadInput;
    meta: EvidenceUploadMeta;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const onUpload = vi.fn<EvidenceUploadHandler>(
    (input, meta) =>
      new Promise((resolve, reject) => {
        calls.push({ input, meta, resolve, reject });
        meta.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      }),
  );
  return { calls, onUpload };
}

const wrap = (ui: React.ReactNode) => <ChinhQuyenSoProvider now={() => NOW}>{ui}</ChinhQuyenSoProvider>;

describe("EvidenceUploader (Chromium)", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("uploads each file with its SHA-256 and số hóa flag, shows progress, cancels one and retries a failed one", async () => {
    const { calls, onUpload } = manualUploads();
    const screen = await render(
      wrap(<EvidenceUploader dossierCode="000.30.00.H29-261120-0001" onUpload={onUpload} />),
    );
    await expect.element(screen.getByText("Chưa chọn tệp nào.")).toBeVisible();
    dropFiles(screen.container, [pdf("giay-khai-sinh.pdf", "abc"), pdf("cccd.pdf")]);
    await screen.getByRole("checkbox").first().click();
    await screen.getByRole("combobox", { name: "Loại giấy tờ" }).selectOptions("application");
    await screen.getByRole("button", { name: "Tải lên 2 tệp" }).click();
    await expect.poll(() => calls.length).toBe(2);
    const first = calls.find((call) => call.input.file.name === "giay-khai-sinh.pdf");
    const second = calls.find((call) => call.input.file.name === "cccd.pdf");
    expect(first?.input).toMatchObject({
      kind: "application",
      digitised: true,
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    });
    expect(second?.input.digitised).toBe(false);
    first?.meta.onUploadProgress({ loaded: 150, total: 300 });
    await expect.element(screen.getByRole("progressbar", { name: /giay-khai-sinh.pdf/ })).toHaveValue(50);

    await screen.getByRole("button", { name: "Hủy tải lên cccd.pdf" }).click();
    expect(second?.meta.signal.aborted).toBe(true);
    await expect.element(screen.getByRole("button", { name: "Tải lên 1 tệp" })).toBeVisible();

    first?.reject(
      Object.assign(new Error("HTTP 422"), {
        name: "ApiError",
        status: 422,
        problem: { code: "hash_mismatch" },
      }),
    );
    await expect
      .element(screen.getByText("Tệp bị hỏng trên đường truyền (mã băm không khớp). Hãy thử lại."))
      .toBeVisible();
    await screen.getByRole("button", { name: "Thử lại giay-khai-sinh.pdf" }).click();
    await expect.poll(() => calls.length).toBe(3);
    // A definite refusal: the retry is a new write with a new key.
    expect(calls[2]?.meta.idempotencyKey).not.toBe(first?.meta.idempotencyKey);
    calls[2]?.resolve({ id: "att_u1" });
    await expect.element(screen.getByText("Đã tải lên", { exact: true })).toBeVisible();
  });

  it("on a page without Web Crypto (plain http) uploads without a hash and says why", async () => {
    const { calls, onUpload } = manualUploads();
    vi.stubGlobal("crypto", { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const screen = await render(wrap(<EvidenceUploader dossierCode="HS-1" onUpload={onUpload} />));
    dropFiles(screen.container, [pdf("to-khai.pdf")]);
    await screen.getByRole("button", { name: "Tải lên 1 tệp" }).click();
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]?.input).not.toHaveProperty("sha256");
    await expect.element(screen.getByRole("note")).toHaveTextContent("không dùng HTTPS");
  });
});

describe("EvidenceUploader: Dùng lại giấy tờ đã nộp (Chromium)", () => {
  it("attaches a stored document by keyboard; an unknown outcome keeps the key, a refusal gets a new one", async () => {
    const calls: {
      input: Parameters<StoredDocumentReuseHandler>[0];
      key: string;
      settle: (error?: unknown) => void;
    }[] = [];
    const onReuse = vi.fn<StoredDocumentReuseHandler>(
      (input, meta) =>
        new Promise((resolve, reject) => {
          calls.push({
            input,
            key: meta.idempotencyKey,
            settle: (error) =>
              error ? reject(error) : resolve({ id: "att_r_1", reusedFrom: input.storedDocumentId }),
          });
        }),
    );
    const onReused = vi.fn();
    const screen = await render(
      wrap(
        <EvidenceUploader
          dossierCode="HS-1"
          onUpload={manualUploads().onUpload}
          loadStoredDocuments={async () => STORED_DOCUMENTS}
          onReuse={onReuse}
          onReused={onReused}
        />,
      ),
    );
    await screen.getByRole("combobox", { name: "Loại giấy tờ" }).selectOptions("application");
    const attach = screen.getByRole("button", { name: "Đính kèm" }).first();
    await expect.element(attach).toHaveAccessibleDescription("Giấy khai sinh");
    (attach.element() as HTMLElement).focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => calls.length).toBe(1);
    expect(calls[0]?.input).toEqual({ storedDocumentId: "sd_00012", kind: "application" });
    await expect
      .element(screen.getByRole("button", { name: "Đang đính kèm…" }))
      .toHaveAttribute("aria-disabled", "true");
    // The connection dropped: the outcome is unknown, so the retry is the same intent with the same key.
    calls[0]?.settle(Object.assign(new TypeError("Failed to fetch")));
    const retry = screen.getByRole("button", { name: "Thử đính kèm lại" });
    await expect.element(retry).toBeVisible();
    await expect.element(screen.getByText(/Mất kết nối/)).toBeVisible();
    expect(document.activeElement).toBe(retry.element());
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => calls.length).toBe(2);
    expect(calls[1]?.key).toBe(calls[0]?.key);
    // A definite refusal (409): the next try is a new intent with a new key.
    calls[1]?.settle(apiErrorOf(409, "already_attached"));
    await expect.element(screen.getByText(/đã được đính kèm vào hồ sơ/)).toBeVisible();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => calls.length).toBe(3);
    expect(calls[2]?.key).not.toBe(calls[1]?.key);
    calls[2]?.settle();
    await expect.poll(() => onReused.mock.calls.length).toBe(1);
    await expect.element(screen.getByText("Đã đính kèm Giấy khai sinh.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Đã đính kèm" }).elements()).toHaveLength(2);
  });

  it("offers a retry after a failed list and lists after it; 403 is the designed state", async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw apiErrorOf(503, "unavailable");
      return [];
    });
    const screen = await render(
      wrap(
        <EvidenceUploader
          dossierCode="HS-1"
          onUpload={manualUploads().onUpload}
          loadStoredDocuments={load}
        />,
      ),
    );
    await expect.element(screen.getByRole("alert")).toHaveTextContent("Không tải được giấy tờ đã lưu.");
    fail = false;
    await screen.getByRole("button", { name: "Thử lại" }).click();
    await expect.element(screen.getByText("Người nộp chưa có giấy tờ nào trong kho dữ liệu.")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);

    const forbidden = await render(
      wrap(
        <EvidenceUploader
          dossierCode="HS-2"
          onUpload={manualUploads().onUpload}
          loadStoredDocuments={async () => {
            throw apiErrorOf(403, "principal_not_allowed");
          }}
        />,
      ),
    );
    await expect.element(forbidden.getByRole("alert")).toHaveAttribute("data-problem", "forbidden");
    expect(forbidden.getByRole("button", { name: "Thử lại" }).elements()).toHaveLength(0);
  });
});

/** The default officer's client of the sandbox the browser tests share (started on loopback). */
const sandboxClient = () =>
  createClient({ baseUrl: inject("sandboxUrl"), auth: { token: () => "sbx-officer" }, retry: false });

describe("EvidenceUploader over real HTTP (Chromium, sandbox on loopback)", () => {
  it("stores the file; the platform's SHA-256 is the browser's", async () => {
    const client = sandboxClient();
    const [dossier] = (await client.dossiers.list({ limit: 1 })).items;
    if (!dossier) throw new Error("the sandbox has no dossier for the officer");
    const uploaded = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={new QueryClient()} live={false} now={() => NOW}>
        <EvidenceUploader dossierCode={dossier.code} onUploaded={uploaded} />
      </ChinhQuyenSoProvider>,
    );
    dropFiles(screen.container, [pdf("bien-nhan.pdf", "abc")]);
    await screen.getByRole("button", { name: "Tải lên 1 tệp" }).click();
    await expect.poll(() => uploaded.mock.calls.length).toBe(1);
    expect(uploaded.mock.calls[0]?.[0]).toMatchObject({
      name: "bien-nhan.pdf",
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    });
    const stored = await client.dossiers.listAttachments(dossier.code);
    expect(stored.items.map((item) => item.name)).toContain("bien-nhan.pdf");
  });

  it("lists the applicant's stored documents and attaches one by reference", async () => {
    const client = sandboxClient();
    // A dossier whose applicant has a stored document not attached yet.
    let found: { code: string; title: string; id: string } | undefined;
    for (const dossier of (await client.dossiers.list({ limit: 30 })).items) {
      const free = (await client.dossiers.listReusableDocuments(dossier.code)).items.find(
        (item) => item.attachedAs === null,
      );
      if (free) {
        found = { code: dossier.code, title: free.title, id: free.id };
        break;
      }
    }
    if (!found) throw new Error("no applicant with a stored document among the officer's dossiers");
    const reused = vi.fn();
    const screen = await render(
      <ChinhQuyenSoProvider client={client} queryClient={new QueryClient()} live={false} now={() => NOW}>
        <EvidenceUploader dossierCode={found.code} onReused={reused} />
      </ChinhQuyenSoProvider>,
    );
    const row = screen.getByRole("listitem").filter({ hasText: found.title });
    await row.getByRole("button", { name: "Đính kèm" }).click();
    await expect.poll(() => reused.mock.calls.length).toBe(1);
    expect(reused.mock.calls[0]?.[0]).toMatchObject({ reusedFrom: found.id, kind: "supplement" });
    const attachments = await client.dossiers.listAttachments(found.code);
    expect(attachments.items.filter((item) => item.reusedFrom === found?.id)).toHaveLength(1);
    await expect.element(row.getByRole("button", { name: "Đã đính kèm" })).toBeVisible();
  });
});
