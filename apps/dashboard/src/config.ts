/** Where the platform API lives. The demo points at the local sandbox; set VITE_CQS_API_URL for a real one. */
export const API_BASE_URL: string = import.meta.env.VITE_CQS_API_URL ?? "http://127.0.0.1:4010";
