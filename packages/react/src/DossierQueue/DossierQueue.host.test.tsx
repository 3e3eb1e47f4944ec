// The provider inside a host app that has its own TanStack QueryClientProvider: widgets share the host's cache.
import "../styles/tokens.css";
import "../styles/base.css";
import "./dossier-queue.css";
import { createQueryOptions } from "@chinhquyenso/client/query";
import { QueryClient, QueryClientProvider, useMutation, useQueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-react";
import { ChinhQuyenSoProvider } from "../provider";
import { DossierQueue } from "./DossierQueue";
import { createPlatform, type Platform, testNow } from "./test-support";

const INTAKE = "awaiting_online_intake";

/** A host's own button: accepts a dossier through the client and invalidates the dossiers in the host's cache. */
function HostAccept({ platform, code, etag }: { platform: Platform; code: string; etag: string }) {
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => platform.client.dossiers.transition(code, { action: "accept" }, { ifMatch: etag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["cqs", "dossiers"] }),
  });
  return (
    <button type="button" onClick={() => accept.mutate()}>
      {accept.isSuccess ? "Đã tiếp nhận" : "Tiếp nhận (ứng dụng)"}
    </button>
  );
}

const hostClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe("ChinhQuyenSoProvider under a host QueryClientProvider (Chromium)", () => {
  it("shares the host's QueryClient: a host mutation invalidating it updates the widget's counts", async () => {
    const platform = createPlatform();
    const { items } = await platform.client.dossiers.list({ queue: INTAKE });
    const target = items.find((dossier) => dossier.status === "registered");
    if (!target) throw new Error("the seed has no dossier awaiting online intake");
    const before = items.length;
    const host = hostClient();
    const screen = await render(
      <QueryClientProvider client={host}>
        <ChinhQuyenSoProvider client={platform.client} now={testNow} live={false}>
          <DossierQueue />
          <HostAccept platform={platform} code={target.code} etag={target.etag} />
        </ChinhQuyenSoProvider>
      </QueryClientProvider>,
    );
    const tab = screen.getByRole("tab", { name: /^Chờ tiếp nhận trực tuyến/ });
    await expect.element(tab).toHaveAccessibleName(`Chờ tiếp nhận trực tuyến ${before} hồ sơ`);
    // The widget's queries live in the host's cache, under the client's keys.
    expect(
      host.getQueryCache().findAll({ queryKey: createQueryOptions(platform.client).dossiers.key }).length,
    ).toBeGreaterThan(0);

    await screen.getByRole("button", { name: "Tiếp nhận (ứng dụng)" }).click();
    await expect.element(screen.getByRole("button", { name: "Đã tiếp nhận" })).toBeVisible();
    await expect.element(tab).toHaveAccessibleName(`Chờ tiếp nhận trực tuyến ${before - 1} hồ sơ`);
  });

  it("uses an explicit queryClient prop over the host's", async () => {
    const platform = createPlatform();
    const host = hostClient();
    const own = hostClient();
    const screen = await render(
      <QueryClientProvider client={host}>
        <ChinhQuyenSoProvider client={platform.client} queryClient={own} now={testNow} live={false}>
          <DossierQueue />
        </ChinhQuyenSoProvider>
      </QueryClientProvider>,
    );
    await expect.element(screen.getByRole("grid")).toBeVisible();
    await expect
      .poll(() => own.getQueryCache().findAll({ queryKey: ["cqs", "dossiers"] }).length)
      .toBeGreaterThan(0);
    expect(host.getQueryCache().findAll({ queryKey: ["cqs"] })).toEqual([]);
  });
});
