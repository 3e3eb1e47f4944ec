// Everything a dashboard team changes to point the app at its own platform lives in this file.
import { createClient } from "@chinhquyenso/client";
import type { Locale, Theme } from "@chinhquyenso/react";

declare global {
  interface Window {
    /** Set by /config.js (public/config.js) at deploy time, so one build serves every environment. */
    CQS_CONFIG?: { apiUrl?: string };
  }
}

const SANDBOX_URL = "http://127.0.0.1:4010";

/** The platform's base URL: /config.js at run time, else VITE_CQS_API_URL at build time, else the sandbox. */
export const API_BASE_URL: string =
  (typeof window !== "undefined" ? window.CQS_CONFIG?.apiUrl : undefined) ??
  import.meta.env.VITE_CQS_API_URL ??
  SANDBOX_URL;

/**
 * The sandbox's default users and their fixed tokens (printed when it starts): the demo signs in as the default
 * officer, and the identity switch in the header signs in as another to show what they may not see — another
 * agency's records hidden (404), a citizen refused (403). A real app has one identity: its OIDC session's.
 */
export const SANDBOX_IDENTITIES = [
  { id: "officer", token: "sbx-officer" },
  { id: "officer_2", token: "sbx-officer-2" },
  { id: "leader", token: "sbx-leader" },
  { id: "citizen", token: "sbx-citizen" },
] as const;
export type SandboxIdentity = (typeof SANDBOX_IDENTITIES)[number]["id"];
const IDENTITY_KEY = "cqs-dashboard:identity";

export function storedIdentity(): SandboxIdentity {
  const stored = read(IDENTITY_KEY);
  return SANDBOX_IDENTITIES.find((identity) => identity.id === stored)?.id ?? "officer";
}

/** Signs in as another sandbox user: stored, then a reload (no cache or stream of the previous one survives). */
export function switchIdentity(id: SandboxIdentity): void {
  write(IDENTITY_KEY, id);
  window.location.reload();
}

/**
 * Where the access token comes from. With a real platform, return your OIDC session's access token and refresh
 * it on a 401 — see README.md.
 */
const DEMO_TOKEN =
  SANDBOX_IDENTITIES.find((identity) => identity.id === storedIdentity())?.token ?? "sbx-officer";
export const auth = {
  token: () => DEMO_TOKEN,
  refresh: async () => {
    // Nothing to refresh in the sandbox; a real app calls its OIDC library here (e.g. userManager.signinSilent()).
  },
};

export const client = createClient({
  baseUrl: API_BASE_URL,
  auth,
  appInfo: { name: "cqs-example-dashboard", version: "0.0.0" },
});

export const APP_NAME = {
  vi: "Bảng điều hành Sở Nông nghiệp và Môi trường",
  en: "Department of Agriculture and Environment — operations dashboard",
} as const;

/** The suffix of every document title, in the UI's language. */
export const APP_NAME_SHORT = { vi: "Chính quyền số", en: "Digital government" } as const;

/** The department this dashboard is for: its Decision 766 scores are on the home (sandbox code; use yours). */
export const AGENCY_CODE = "00.13.X74";
export const AGENCY_NAME = {
  vi: "Sở Nông nghiệp và Môi trường",
  en: "Department of Agriculture and Environment",
};

/** The indicators on the home. Whether up is good comes from each indicator's `direction` in the platform. */
// HCC-01 (the province's on-time rate) is the trend below the cards, not a card: beside the department's own
// on-time rate (OnTimeRate) two near-identical titles showed two different percentages.
export const HOME_INDICATORS = ["HCC-02", "HCC-04", "MT-01", "MT-02"] as const;

// Locale and theme survive reloads in localStorage; a blocked storage (private mode, policy) just forgets them.
const LOCALE_KEY = "cqs-dashboard:locale";
const THEME_KEY = "cqs-dashboard:theme";

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
}

export function storedLocale(): Locale {
  return read(LOCALE_KEY) === "en" ? "en" : "vi";
}

export function storedTheme(): Theme {
  const stored = read(THEME_KEY);
  if (stored === "dark" || stored === "light") return stored;
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export const storeLocale = (locale: Locale) => write(LOCALE_KEY, locale);
export const storeTheme = (theme: Theme) => write(THEME_KEY, theme);
