import {
  labelOf,
  SIGNATURE_KIND_LABELS,
  SIGNING_ERROR_LABELS,
  SIGNING_PROVIDER_LABELS,
} from "@chinhquyenso/core";
import type { Locale } from "../provider/context";
import type { SigningFailure } from "./failures";
import type { SigningProvider } from "./types";

/** Whether core has a label for this provider id. */
const knownProvider = (id: string) => Object.hasOwn(SIGNING_PROVIDER_LABELS, id);

/** A provider's name: core's label for known ids (in the locale), else the platform's name, else the raw id. */
export function providerName(
  provider: Pick<SigningProvider, "provider"> & { name?: string },
  locale: Locale,
): string {
  if (knownProvider(provider.provider)) return labelOf(SIGNING_PROVIDER_LABELS, provider.provider, locale);
  return typeof provider.name === "string" && provider.name !== "" ? provider.name : provider.provider;
}

const APP_NAMES: Record<string, string> = { smartca: "SmartCA", mysign: "MySign" };

/** The name of the phone app a remote provider confirms in ("SmartCA"). */
export function appName(provider: string, fallback: string): string {
  return APP_NAMES[provider] ?? fallback;
}

export function kindLabel(kind: string, locale: Locale): string {
  return labelOf(SIGNATURE_KIND_LABELS, kind, locale);
}

/** Core's sentence for a provider error; undefined for the widget's own kinds (network_lost, failed). */
export function failureSentence(failure: SigningFailure, locale: Locale): string | undefined {
  return Object.hasOwn(SIGNING_ERROR_LABELS, failure.kind)
    ? labelOf(SIGNING_ERROR_LABELS, failure.kind, locale)
    : undefined;
}
