// What the README's code blocks take for granted (scripts/check-readme-snippets.mjs compiles them with it).
import type { QueueDossierInput } from "@chinhquyenso/core";

declare global {
  /** The current time, as a Date or an ISO date-time. */
  const now: string;
  /** Your dossiers, as the platform's list returns them. */
  const dossiers: Array<QueueDossierInput & { code: string; summary: string }>;
}
