// Storybook support for SigningPrompt (never exported from the package): a platform per story from the mocks'
// stateful msw handlers, a provider whose client authenticates to it, and fixtures for controlled stories.
import { createClient, type SigningRequest } from "@chinhquyenso/client";
import { createHandlers, DEFAULT_TOKENS, type HandlersOptions, type MockStore } from "@chinhquyenso/mocks";
import type { StoryContext } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import type { HttpHandler } from "msw";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ChinhQuyenSoProvider, useChinhQuyenSoSettings } from "../provider";
import { STORY_API_URL, STORY_NOW } from "../support/storybook.story-support";
import { SigningError } from "./errors";
import { memoryIntentStore, type SigningIntentStore } from "./intent";
import { SigningPrompt, type SigningPromptProps } from "./SigningPrompt";
import { signableDocuments } from "./SigningPrompt.test-support";
import type { Certificate, SigningActions, SigningDocument, SigningProvider } from "./types";

const platforms = new Map<string, MockStore>();

/** The store behind a story's platform (to act as the signer in a play function). */
export const platformOf = (storyId: string) => platforms.get(storyId);

/** What a story's `beforeEach` gets from msw-storybook-addon. */
export interface StoryMsw {
  msw: { use: (...handlers: HttpHandler[]) => void };
  id: string;
}

/** A fresh platform (the mocks' store and handlers) for one story; `overrides` win over its handlers. */
export function installPlatform(
  context: unknown,
  options: Omit<HandlersOptions, "baseUrl"> = {},
  overrides: HttpHandler[] = [],
): void {
  const { msw, id } = context as StoryMsw;
  const handlers = createHandlers({ seed: 1, size: 10, now: STORY_NOW, ...options, baseUrl: STORY_API_URL });
  msw.use(...overrides, ...handlers);
  platforms.set(id, handlers.store);
}

/**
 * The story's platform: a client with a token (the mocks refuse anonymous calls), the store's documents
 * awaiting signature, an intent store of its own, and a clock that is the toolbar's pinned one, the platform's
 * own running clock (flows that wait on the signer), or the story's time plus some milliseconds.
 */
export function StoryPlatform({
  storyId,
  count = 2,
  clock = "pinned",
  children,
}: {
  storyId: string;
  count?: number;
  clock?: "pinned" | "platform" | number;
  children: (props: {
    documents: SigningDocument[];
    intentStore: SigningIntentStore;
    store: MockStore | undefined;
  }) => ReactNode;
}) {
  const outer = useChinhQuyenSoSettings();
  const store = platforms.get(storyId);
  const [client] = useState(() =>
    createClient({ baseUrl: STORY_API_URL, retry: false, auth: { token: () => DEFAULT_TOKENS.officer } }),
  );
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [intentStore] = useState(memoryIntentStore);
  const documents = useMemo(() => signableDocuments(store, count), [store, count]);
  const now = useCallback(() => {
    if (typeof clock === "number") return new Date(Date.parse(STORY_NOW) + clock);
    return clock === "platform" && store ? new Date(store.now()) : outer.now();
  }, [clock, store, outer]);
  return (
    <ChinhQuyenSoProvider
      client={client}
      queryClient={queryClient}
      live={false}
      locale={outer.locale}
      {...(outer.theme ? { theme: outer.theme } : {})}
      now={now}
    >
      {children({ documents, intentStore, store })}
    </ChinhQuyenSoProvider>
  );
}

export const STORY_DOCUMENTS: SigningDocument[] = [
  {
    id: "doc_2026_0142",
    number: "142/QĐ-UBND",
    type: "Quyết định",
    subject: "Quyết định phê duyệt Kế hoạch chuyển đổi số Thành phố Hồ Chí Minh năm 2026",
    pages: 3,
    fingerprint: "3f2a9c1b77d04e0d8a51c2e96b0f4d13a8e7c6b5d4f3e2a1908f7e6d5c4b3a29",
    placement: { page: 3, x: 330, y: 120, width: 180, height: 70 },
  },
  {
    id: "doc_2026_0143",
    number: "143/TB-UBND",
    type: "Thông báo",
    subject: "Thông báo kết luận của Chủ tịch UBND Thành phố tại cuộc họp giao ban tháng 11/2026",
    pages: 2,
    fingerprint: "9c1b77d04e0d8a51c2e96b0f4d13a8e7c6b5d4f3e2a1908f7e6d5c4b3a293f2a",
  },
  {
    id: "doc_2026_0144",
    number: "",
    type: "Tờ trình",
    subject: "Tờ trình đề nghị phê duyệt dự toán kinh phí số hóa hồ sơ thủ tục hành chính",
    pages: 5,
  },
];

/** 50 documents: the most one request may carry. */
export const BATCH_DOCUMENTS: SigningDocument[] = Array.from({ length: 50 }, (_, index) => ({
  id: `doc_2026_${String(200 + index).padStart(4, "0")}`,
  number: `${200 + index}/GP-SXD`,
  type: "Giấy phép xây dựng",
  subject: `Giấy phép xây dựng nhà ở riêng lẻ số ${200 + index}, phường Thủ Dầu Một, Thành phố Hồ Chí Minh`,
  pages: 2,
}));

export const STORY_PROVIDERS: SigningProvider[] = [
  {
    provider: "vgca",
    name: "Ban Cơ yếu Chính phủ (plugin ký số)",
    flow: "plugin",
    available: true,
    confirmation: "pin",
  },
  {
    provider: "smartca",
    name: "VNPT SmartCA",
    flow: "remote",
    available: true,
    confirmation: "app",
    transactionSeconds: 240,
  },
  {
    provider: "neac",
    name: "Cổng NEAC",
    flow: "remote",
    available: true,
    confirmation: "otp",
    transactionSeconds: 299,
  },
];

const certificate = (
  serial: string,
  issuer: string,
  status: string,
  validTo = "2028-03-01T00:00:00+07:00",
): Certificate => ({
  serial,
  subject: "CN=Trần Thị Bình, O=UBND Thành phố Hồ Chí Minh, C=VN",
  issuer,
  validFrom: "2025-03-01T00:00:00+07:00",
  validTo,
  status,
});

export const STORY_CERTIFICATES: Record<string, Certificate[]> = {
  vgca: [certificate("5402a1b3c4d5e6f7", "Ban Cơ yếu Chính phủ", "valid")],
  smartca: [
    certificate("7a1c03be55d2904f", "VNPT-CA", "valid"),
    certificate("0b8e6f7d21c4a9e3", "VNPT-CA", "expired", "2026-01-31T00:00:00+07:00"),
  ],
  neac: [
    certificate("c3d2e1f0a9b8c7d6", "FPT-CA", "valid"),
    certificate("e5f4a3b2c1d0e9f8", "BkavCA", "revoked"),
  ],
};

/** A request of a controlled story, created at the story's clock. */
export function storyRequest(overrides: Partial<SigningRequest> = {}): SigningRequest {
  return {
    id: "sig_story_01",
    provider: "smartca",
    kind: "approval",
    state: "awaiting_user",
    items: STORY_DOCUMENTS.map((document) => ({
      source: "document",
      documentId: document.id,
      format: "pades",
      signedFileId: null,
    })),
    createdAt: STORY_NOW,
    expiresAt: new Date(Date.parse(STORY_NOW) + 240_000).toISOString(),
    ...overrides,
  };
}

/** Controlled actions whose create call fails with `code` (a glossary error code or any other). */
export function failingActions(code: string): SigningActions {
  const never = () => new Promise<SigningRequest>(() => {});
  return {
    createRequest: () => Promise.reject(new SigningError(code)),
    getRequest: never,
    confirm: never,
    cancel: () => Promise.resolve(storyRequest({ state: "cancelled" })),
  };
}

/** Controlled actions whose request becomes `request` when polled. */
export function actionsEndingWith(request: SigningRequest): SigningActions {
  return {
    createRequest: () => Promise.resolve(storyRequest({ provider: request.provider })),
    getRequest: () => Promise.resolve(request),
    confirm: () => Promise.resolve(request),
    cancel: () => Promise.resolve(storyRequest({ state: "cancelled" })),
  };
}

// —— Play helpers (the dialog is portalled to <body>) ——————————————————————————————————————————————————

export const body = () => within(document.body);
/** Clicks a control once it is there and enabled (lists load, choices complete the form). */
export async function click(role: "button" | "radio" | "link", name: string | RegExp) {
  const element = await body().findByRole(role, { name }, { timeout: 5000 });
  await waitFor(() => expect(element).toBeEnabled(), { timeout: 5000 });
  await userEvent.click(element);
}

/** The countdown sentence (its time is a <time> element inside it). */
export const countdown = async () => {
  await waitFor(() => expect(document.querySelector(".cqs-signing-prompt__countdown")).not.toBeNull(), {
    timeout: 8000,
  });
  return document.querySelector(".cqs-signing-prompt__countdown") as HTMLElement;
};
/** Clicks the first of several matches (e.g. the first valid certificate). */
export const clickFirst = async (role: "radio", name: RegExp) =>
  userEvent.click((await body().findAllByRole(role, { name }, { timeout: 5000 }))[0] as HTMLElement);
export const dialogNamed = (name: string) => body().findByRole("dialog", { name }, { timeout: 8000 });

/** Renders the prompt connected to this story's platform (see `beforeEach`). */
export function connected(
  options: {
    count?: number;
    clock?: "pinned" | "platform" | number;
    props?: Partial<SigningPromptProps>;
  } = {},
) {
  return (args: SigningPromptProps, context: StoryContext) => (
    <StoryPlatform
      storyId={context.id}
      {...(options.count ? { count: options.count } : {})}
      clock={options.clock ?? "pinned"}
    >
      {({ documents, intentStore }) => (
        <SigningPrompt {...args} {...options.props} documents={documents} intentStore={intentStore} />
      )}
    </StoryPlatform>
  );
}

export const controlled = {
  providers: STORY_PROVIDERS,
  certificates: STORY_CERTIFICATES,
  detectPlugin: () => true,
} satisfies Partial<SigningPromptProps>;

/** From the review to the confirm step with a provider that has one valid certificate. */
export async function toConfirm(provider: RegExp, certificate?: RegExp) {
  await click("button", "Tiếp tục");
  await click("radio", provider);
  if (certificate) await clickFirst("radio", certificate);
  await click("button", "Tiếp tục");
  await dialogNamed("Xác nhận ký số");
}
