// Who calls: principals (an officer or a leader of an agency, a citizen, a service account) with the bearer
// token that stands for them, resolved against the data set. The kinds and their default scopes come from the
// contract's `x-authorization`, so the sandbox and the spec cannot disagree about them.
import {
  authorizationModel,
  listOperations,
  openapiDocument,
  PRINCIPAL_KINDS,
  type PrincipalKind,
} from "@chinhquyenso/spec";
import type { World } from "../dataset/types";
import { MockOptionsError } from "../errors";
import { OPEN311_SANDBOX_ACCOUNT, OPEN311_SANDBOX_API_KEY, type Open311Principal } from "../open311/settings";

export interface Principal {
  /** Stable id: idempotency keys and audit records belong to it. */
  readonly id: string;
  readonly kind: PrincipalKind;
  /** The bearer token that stands for this principal. */
  readonly token: string;
  /** Display name (the civil servant's, the citizen's, the service's). */
  readonly name: string;
  readonly scopes: readonly string[];
  /** Officer, leader: their agency. Service: its one agency, or null for province-wide. Citizen: null. */
  readonly agencyCode: string | null;
  /** Officer, leader: the civil servant of the data set they are (`assignee=me`, authorship). */
  readonly userId: string | null;
  /** Citizen: their citizen ID (their dossiers and feedback). Personal data: never logged, never printed. */
  readonly citizenId: string | null;
  /** Service: the Open311 `api_key` that stands for this principal. */
  readonly apiKey: string | null;
  /**
   * Only the any-token principal: every kind's operations and every agency's records, as every token was
   * before principals existed. A real platform has no such principal.
   */
  readonly unrestricted: boolean;
}

/** One entry of a users file (`--users users.json`): who a token stands for, resolved against the data set. */
export interface UserEntry {
  readonly id: string;
  readonly kind: PrincipalKind;
  readonly token: string;
  /** Default: the kind's scopes in the contract's `x-authorization`. */
  readonly scopes?: readonly string[];
  /** Officer, leader: a civil servant of the data set (`u_131`); or `agencyCode` to take one of its staff. */
  readonly userId?: string;
  /** Officer, leader: their agency (its first staff member unless `userId`). Service: its one agency. */
  readonly agencyCode?: string;
  /** Citizen: their citizen ID; or `dossierCode` to be that dossier's applicant. */
  readonly citizenId?: string;
  readonly dossierCode?: string;
  /** Citizen: feedback they reported (by id), so that they may follow them. */
  readonly feedbackIds?: readonly string[];
  readonly name?: string;
  readonly apiKey?: string;
}

/** The fixed tokens of the default principals (printed by the sandbox at start-up). */
export const DEFAULT_TOKENS = {
  officer: "sbx-officer",
  otherOfficer: "sbx-officer-2",
  leader: "sbx-leader",
  citizen: "sbx-citizen",
  service: "sbx-service",
  open311: "sbx-open311",
} as const;

export const defaultScopes = (kind: PrincipalKind): readonly string[] =>
  authorizationModel(openapiDocument).principals[kind].scopes;

/**
 * The default users: the data set's current user (the default officer), an officer of another agency (the
 * one with most dossiers), the deputy head of the current user's agency, a citizen who applied for one of its
 * dossiers and reported one of its feedback, the 1022 hotline's service account (province-wide), and the
 * Open311 service account whose `api_key` is the sandbox's documented one.
 */
export function defaultUsers(world: World): UserEntry[] {
  const me = world.currentUser;
  const counts = new Map<string, number>();
  for (const record of world.dossiers)
    if (record.agencyCode !== me.agencyCode)
      counts.set(record.agencyCode, (counts.get(record.agencyCode) ?? 0) + 1);
  const [otherAgency] = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code]) => code);
  const leader = world.users.find((user) => user.agencyCode === me.agencyCode && user.id !== me.id);
  const dossier = world.dossiers.find((record) => record.agencyCode === me.agencyCode);
  const reported =
    world.feedback.find(
      (record) =>
        record.agencyCode === me.agencyCode &&
        record.thread.some((entry) => entry.entryType === "internal_note") &&
        record.thread.some((entry) => entry.activity === "assigned"),
    ) ?? world.feedback.find((record) => record.agencyCode === me.agencyCode);
  const users: UserEntry[] = [
    { id: "officer", kind: "officer", token: DEFAULT_TOKENS.officer, userId: me.id },
  ];
  if (otherAgency)
    users.push({
      id: "officer_2",
      kind: "officer",
      token: DEFAULT_TOKENS.otherOfficer,
      agencyCode: otherAgency,
    });
  if (leader) users.push({ id: "leader", kind: "leader", token: DEFAULT_TOKENS.leader, userId: leader.id });
  if (dossier)
    users.push({
      id: "citizen",
      kind: "citizen",
      token: DEFAULT_TOKENS.citizen,
      dossierCode: dossier.code,
      ...(reported ? { feedbackIds: [reported.id] } : {}),
    });
  users.push(
    { id: "service", kind: "service", token: DEFAULT_TOKENS.service, name: "Tổng đài 1022" },
    {
      id: OPEN311_SANDBOX_ACCOUNT.id,
      kind: "service",
      token: DEFAULT_TOKENS.open311,
      name: OPEN311_SANDBOX_ACCOUNT.name,
      apiKey: OPEN311_SANDBOX_API_KEY,
    },
  );
  return users;
}

const fail = (index: number, message: string): never => {
  throw new MockOptionsError("users", `entry ${index}: ${message}`);
};

/** Checks the shape of a users file (an array of entries, or `{ "principals": [...] }`). */
export function parseUsers(input: unknown): UserEntry[] {
  const entries = Array.isArray(input) ? input : (input as { principals?: unknown } | null)?.principals;
  if (!Array.isArray(entries))
    throw new MockOptionsError("users", 'must be an array of principals, or { "principals": [...] }');
  const ids = new Set<string>();
  const tokens = new Set<string>();
  return entries.map((entry, index) => {
    if (typeof entry !== "object" || entry === null) return fail(index, "must be an object");
    const value = entry as Record<string, unknown>;
    for (const key of ["id", "token"] as const)
      if (typeof value[key] !== "string" || !/^[\x21-\x7e]{1,200}$/.test(value[key] as string))
        fail(index, `${key} must be a non-empty string of visible ASCII characters`);
    if (!(PRINCIPAL_KINDS as readonly unknown[]).includes(value.kind))
      fail(index, `kind must be one of ${PRINCIPAL_KINDS.join(", ")}`);
    if (ids.has(value.id as string)) fail(index, `id "${String(value.id)}" is used twice`);
    if (tokens.has(value.token as string)) fail(index, "its token is used by another entry");
    ids.add(value.id as string);
    tokens.add(value.token as string);
    if (
      value.scopes !== undefined &&
      !(Array.isArray(value.scopes) && value.scopes.every((s) => typeof s === "string"))
    )
      fail(index, "scopes must be an array of strings");
    return value as unknown as UserEntry;
  });
}

/** Resolves users against the data set: their civil servant, agency and citizen ID must exist in it. */
export function resolvePrincipals(entries: readonly UserEntry[], world: World): Principal[] {
  return entries.map((entry, index): Principal => {
    const base = {
      id: entry.id,
      kind: entry.kind,
      token: entry.token,
      scopes: [...(entry.scopes ?? defaultScopes(entry.kind))],
      apiKey: entry.apiKey ?? null,
      unrestricted: false,
    };
    if (entry.kind === "officer" || entry.kind === "leader") {
      const user = entry.userId
        ? world.users.find((item) => item.id === entry.userId)
        : world.users.find((item) => item.agencyCode === entry.agencyCode);
      if (!user)
        return fail(
          index,
          entry.userId
            ? `no civil servant ${entry.userId} in the data set`
            : `an ${entry.kind} needs userId, or the agencyCode of an agency with staff`,
        );
      return {
        ...base,
        name: entry.name ?? user.name,
        agencyCode: user.agencyCode,
        userId: user.id,
        citizenId: null,
      };
    }
    if (entry.kind === "citizen") {
      const dossier = entry.dossierCode
        ? world.dossiers.find((item) => item.code === entry.dossierCode)
        : undefined;
      if (entry.dossierCode && !dossier) fail(index, `no dossier ${entry.dossierCode} in the data set`);
      const citizenId = entry.citizenId ?? dossier?.applicant.citizenId;
      if (!citizenId) return fail(index, "a citizen needs citizenId, or the dossierCode they applied for");
      return {
        ...base,
        name: entry.name ?? dossier?.applicant.fullName ?? "Công dân",
        agencyCode: null,
        userId: null,
        citizenId,
      };
    }
    if (entry.agencyCode !== undefined && !world.agencies.some((agency) => agency.code === entry.agencyCode))
      fail(index, `no agency ${entry.agencyCode} in the data set`);
    return {
      ...base,
      name: entry.name ?? entry.id,
      agencyCode: entry.agencyCode ?? null,
      userId: null,
      citizenId: null,
    };
  });
}

/**
 * Makes the citizens the reporters of the feedback their entries name (the platform knows who reported what
 * through the citizen's account): their name and phone replace the seeded reporter's.
 */
export function adoptReportedFeedback(
  entries: readonly UserEntry[],
  principals: readonly Principal[],
  world: World,
): void {
  entries.forEach((entry, index) => {
    const principal = principals[index];
    if (!principal?.citizenId) return;
    const applicant = world.dossiers.find(
      (record) => record.applicant.citizenId === principal.citizenId,
    )?.applicant;
    for (const id of entry.feedbackIds ?? []) {
      const record = world.feedback.find((item) => item.id === id);
      if (!record) fail(index, `no feedback ${id} in the data set`);
      else {
        record.reporterCitizenId = principal.citizenId;
        record.reporter = { name: principal.name, ...(applicant?.phone ? { phone: applicant.phone } : {}) };
      }
    }
  });
}

/** Where a principal's notifications and invitations go: the civil servant it is, or itself. */
export const recipientOf = (principal: Principal): string => principal.userId ?? principal.id;

/** The any-token principal for a token: the data set's current user, unrestricted (see `Principal`). */
export function anyTokenPrincipal(world: World, key: string, scopes: readonly string[] | null): Principal {
  const me = world.currentUser;
  return {
    id: `any-token:${key}`,
    kind: "officer",
    token: "",
    name: me.name,
    scopes: scopes ?? [...new Set(PRINCIPAL_KINDS.flatMap((kind) => defaultScopes(kind)))],
    agencyCode: me.agencyCode,
    userId: me.id,
    citizenId: null,
    apiKey: null,
    unrestricted: true,
  };
}

const filing = listOperations(openapiDocument).find(
  (operation) => operation.operationId === "open311.createRequest",
);

/**
 * The principal an Open311 `api_key` stands for: a principal with that key, of a kind `POST requests` is for
 * and holding the scopes it needs (the contract's `x-principals` and security requirement); else undefined (403).
 */
export function open311PrincipalFor(
  principals: readonly Principal[],
  apiKey: string,
): Open311Principal | undefined {
  const access = filing?.access;
  const principal = principals.find((candidate) => candidate.apiKey !== null && candidate.apiKey === apiKey);
  if (!principal || !access || access.public) return undefined;
  if (!access.principals.includes(principal.kind)) return undefined;
  if (!access.scopes.every((scope) => principal.scopes.includes(scope))) return undefined;
  return { id: principal.id, name: principal.name };
}
