// The VGCA (Ban Cơ yếu Chính phủ) browser plugin: page functions `vgca_sign_*` that talk to a local service on
// 127.0.0.1:8987 (docs/domain.md §3). Detection reads `window` only when called — never at module load or render.
import { SigningError } from "./errors";
import type { PluginSignInput, SigningPlugin } from "./types";

type VgcaFunction = (params: string, callback: (result: string) => void) => void;

/** Whether the VGCA plugin's page functions are present (false on the server). */
export function detectVgcaPlugin(): boolean {
  if (typeof window === "undefined") return false;
  return typeof (window as unknown as Record<string, unknown>).vgca_sign_approved === "function";
}

export interface VgcaPluginOptions {
  /**
   * Where the plugin posts the signed file (its `FileUploadHandler`): a handler of your platform that accepts
   * the plugin's upload. The adapter then downloads the file from the `FileServer` address the plugin reports
   * and the widget uploads it to the signing request (`signing.uploadSigned`).
   */
  uploadHandlerUrl: string;
  /** Session id the plugin sends to the upload handler, if it authenticates by cookie session. */
  sessionId?: string;
  /** Give up when the plugin does not answer (no service listening, PIN dialog left open), in ms. Default 300000. */
  timeout?: number;
}

const FUNCTION_NAME = /^vgca_sign_[a-z]+$/;

/**
 * A `SigningPlugin` over the real VGCA page functions. The plugin answers a JSON string whose `Status` is 0 on
 * success; any other status is reported as `vgca_status_<n>` (the plugin's own codes are not documented).
 */
export function createVgcaPlugin(options: VgcaPluginOptions): SigningPlugin {
  const timeout = options.timeout ?? 300_000;
  return {
    detect: detectVgcaPlugin,
    sign: (input: PluginSignInput) =>
      new Promise<Blob>((resolve, reject) => {
        const name = input.instructions.function;
        const fn =
          typeof window === "undefined" || !FUNCTION_NAME.test(name)
            ? undefined
            : (window as unknown as Record<string, unknown>)[name];
        if (typeof fn !== "function") return reject(new SigningError("plugin_missing"));
        const timer = setTimeout(() => reject(new SigningError("plugin_missing")), timeout);
        const params = JSON.stringify({
          FileUploadHandler: options.uploadHandlerUrl,
          SessionId: options.sessionId ?? "",
          FileName: input.instructions.fileUrl,
        });
        (fn as VgcaFunction)(params, (raw) => {
          clearTimeout(timer);
          let result: { Status?: unknown; FileServer?: unknown };
          try {
            result = JSON.parse(raw);
          } catch {
            return reject(new SigningError("vgca_unreadable_answer"));
          }
          if (result.Status !== 0) return reject(new SigningError(`vgca_status_${String(result.Status)}`));
          if (typeof result.FileServer !== "string" || result.FileServer === "")
            return reject(new SigningError("vgca_no_file"));
          fetch(result.FileServer, { credentials: "include" })
            .then((response) => {
              if (!response.ok) throw new SigningError(`vgca_file_http_${response.status}`);
              return response.blob();
            })
            .then(resolve, reject);
        });
      }),
  };
}
