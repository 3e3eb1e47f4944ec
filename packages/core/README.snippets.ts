// What the README's code blocks take for granted (scripts/check-readme-snippets.mjs compiles them with it).
import type { QueueDossierInput } from "@chinhquyenso/core";

declare global {
  /** The current time, as a Date or an ISO date-time. */
  const now: string;
  /** A dossier, and a procedure's service level fields as the platform sends them (current and legacy). */
  const dossier: { receivedAt: string };
  const serviceLevel: unknown;
  const level: unknown;
  /** Your dossiers, as the platform's list returns them. */
  const dossiers: Array<QueueDossierInput & { code: string; summary: string }>;
}
