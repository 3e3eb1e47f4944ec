import ky, { HTTPError } from "ky";

export interface ClientOptions {
  /** Base URL of the platform, e.g. `https://api.example.gov.vn`. */
  baseUrl: string;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
}

export type HolidayKind = "holiday" | "compensatory_off" | "swapped_off" | "makeup_workday";

export interface Holiday {
  date: string;
  kind: HolidayKind | (string & {});
  name: string;
  source?: string;
}

export interface HolidayList {
  year: number;
  items: Holiday[];
}

/** An HTTP error response from the platform, tagged with the operation that produced it. */
export class ChinhQuyenSoError extends Error {
  override readonly name = "ChinhQuyenSoError";
  constructor(
    readonly operationId: string,
    readonly status: number,
  ) {
    super(`${operationId} failed with HTTP ${status}`);
  }
}

export function createClient(options: ClientOptions) {
  let prefixUrl: string;
  try {
    prefixUrl = new URL(options.baseUrl).href;
  } catch {
    throw new TypeError(
      `createClient: baseUrl must be an absolute URL, got ${JSON.stringify(options.baseUrl)}`,
    );
  }
  const http = ky.create({ prefixUrl, retry: 0, ...(options.fetch ? { fetch: options.fetch } : {}) });

  async function call<T>(operationId: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof HTTPError) throw new ChinhQuyenSoError(operationId, error.response.status);
      throw error;
    }
  }

  return {
    holidays: {
      list: (params: { year: number }) =>
        call("holidays.list", () =>
          http.get("v1/holidays", { searchParams: { year: params.year } }).json<HolidayList>(),
        ),
    },
  };
}

export type ChinhQuyenSoClient = ReturnType<typeof createClient>;
