import { afterEach, describe, expect, it, vi } from "vitest";
import { SigningError } from "./errors";
import type { PluginSignInput } from "./types";
import { createVgcaPlugin, detectVgcaPlugin } from "./vgca";

type Page = Record<string, unknown>;
const page = window as unknown as Page;

const input: PluginSignInput = {
  instructions: { function: "vgca_sign_approved", fileUrl: "https://files.example/doc.pdf" },
  item: { source: "document", documentId: "d1", format: "pades", signedFileId: null },
  itemIndex: 0,
  requestId: "sig_1",
};

afterEach(() => {
  delete page.vgca_sign_approved;
  vi.unstubAllGlobals();
});

describe("VGCA plugin adapter", () => {
  it("detects the plugin by its page functions only", () => {
    expect(detectVgcaPlugin()).toBe(false);
    page.vgca_sign_approved = () => {};
    expect(detectVgcaPlugin()).toBe(true);
  });

  it("calls the page function with the file and upload handler, then fetches the signed file", async () => {
    const calls: string[] = [];
    page.vgca_sign_approved = (params: string, callback: (result: string) => void) => {
      calls.push(params);
      setTimeout(
        () => callback(JSON.stringify({ Status: 0, FileServer: "https://files.example/signed.pdf" })),
        1,
      );
    };
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      return new Response("%PDF-1.7 signed", { status: 200 });
    });
    const file = await createVgcaPlugin({ uploadHandlerUrl: "https://platform.example/vgca-upload" }).sign(
      input,
    );
    expect(await file.text()).toBe("%PDF-1.7 signed");
    expect(JSON.parse(calls[0] ?? "{}")).toEqual({
      FileUploadHandler: "https://platform.example/vgca-upload",
      SessionId: "",
      FileName: "https://files.example/doc.pdf",
    });
    expect(fetched).toEqual(["https://files.example/signed.pdf"]);
  });

  it("reports a missing plugin, a refusal and an unreadable answer as signing errors", async () => {
    const plugin = createVgcaPlugin({ uploadHandlerUrl: "https://platform.example/u", timeout: 20 });
    await expect(plugin.sign(input)).rejects.toMatchObject({ code: "plugin_missing" });
    page.vgca_sign_approved = (_: string, callback: (result: string) => void) => callback('{"Status":3}');
    await expect(plugin.sign(input)).rejects.toMatchObject({ code: "vgca_status_3" });
    page.vgca_sign_approved = (_: string, callback: (result: string) => void) => callback("<html>");
    await expect(plugin.sign(input)).rejects.toBeInstanceOf(SigningError);
    page.vgca_sign_approved = () => {}; // never answers: the local service is not running
    await expect(plugin.sign(input)).rejects.toMatchObject({ code: "plugin_missing" });
    await expect(
      plugin.sign({ ...input, instructions: { ...input.instructions, function: "alert" } }),
    ).rejects.toMatchObject({ code: "plugin_missing" });
  });
});
