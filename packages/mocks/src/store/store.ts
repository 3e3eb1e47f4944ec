// One in-memory platform: the data set's records, the clock, idempotency keys, the notification stream,
// webhook deliveries and the scenario switches. The msw handlers and the sandbox share one store.
import type { CalendarWarning, WorkingCalendar } from "@chinhquyenso/core";
import { createMockCalendar } from "../dataset/calendar";
import { type DatasetOptions, type ResolvedDatasetOptions, resolveDatasetOptions } from "../dataset/options";
import type {
  DocumentRecord,
  DossierRecord,
  FeedbackRecord,
  MeetingRecord,
  NotificationRecord,
  SigningOutcome,
  SigningRequestRecord,
  UserRecord,
  World,
} from "../dataset/types";
import { buildWorld } from "../dataset/world";
import { MockOptionsError } from "../errors";
import { type Open311Options, type Open311Settings, resolveOpen311Settings } from "../open311/settings";
import type { OperationId } from "../openapi/document";
import { hashString, isoOf } from "../util";
import { anchoredClock, type Clock } from "./clock";
import { EventHub } from "./events";
import { IdempotencyCache } from "./idempotency";
import {
  adoptReportedFeedback,
  anyTokenPrincipal,
  defaultUsers,
  open311PrincipalFor,
  type Principal,
  resolvePrincipals,
  type UserEntry,
} from "./principals";
import { RecordMap } from "./record-map";
import { WebhookDispatcher, type WebhookOptions } from "./webhooks";

export interface SigningBehaviour {
  /** What happens to new requests at remote providers: confirmed (default), rejected, left to expire, or a failure. */
  readonly outcome?: SigningOutcome;
  /** How long the simulated user takes to confirm in the provider's app, in ms (default 3000). */
  readonly confirmAfterMs?: number;
  /** The OTP that confirms requests at OTP providers (NEAC). Default "123456". */
  readonly otp?: string;
  /** OTP attempts per request (default 3). */
  readonly otpAttempts?: number;
  /** How long a request waits for the user, overriding each provider's `transactionSeconds`. */
  readonly transactionSeconds?: number;
}

/** The store's live signing behaviour (`SigningBehaviour` with defaults applied). */
export interface SigningSettings {
  outcome: SigningOutcome;
  confirmAfterMs: number;
  otp: string;
  otpAttempts: number;
  transactionSeconds: number | null;
}

export interface AuthOptions {
  /**
   * Who may call, each with their token (a users file's entries). Default: `defaultUsers` — an officer of the
   * current user's agency (the default officer), an officer of another agency, a leader, a citizen and a
   * service account, with the fixed tokens of `DEFAULT_TOKENS`.
   */
  readonly users?: readonly UserEntry[];
  /**
   * What a bearer token that is no principal's is: `"reject"` (default) — 401, as a real platform; `"any"` — an
   * explicit opt-in to the any-token principal, the data set's current user with every scope and no agency
   * limit (a test that calls every operation with one client; a real platform has no such principal).
   */
  readonly unknownTokens?: "any" | "reject";
  /** The default officer's token is this one instead of `sbx-officer`, and unknown tokens are rejected. */
  readonly token?: string | null;
  /** Scopes of the any-token principal (default: every scope); operations needing another answer 403. */
  readonly scopes?: readonly string[] | null;
}

/** The store's live authentication settings (change them at any time). */
export interface AuthSettings {
  unknownTokens: "any" | "reject";
  anyTokenScopes: readonly string[] | null;
}

export interface StoreOptions extends DatasetOptions {
  /** Default: starts at the data set's `now` and runs with real time. Without `now`, the data set is as of this clock. */
  readonly clock?: Clock;
  readonly signing?: SigningBehaviour;
  readonly auth?: AuthOptions;
  /** POST signed events here on state changes. */
  readonly webhooks?: WebhookOptions | null;
  /** Comment line interval of the notification stream, in ms (default 15000, the contract's heartbeat). */
  readonly heartbeatMs?: number;
  /** How many past stream events are kept for resuming with Last-Event-ID (default 1000). */
  readonly streamRetention?: number;
  /** Called once per year without an official holiday notice (its days off come from the statute: provisional). */
  readonly onCalendarWarning?: (warning: CalendarWarning) => void;
  /** Open311 GeoReport v2: which `api_key`s may file and as whom, the jurisdiction served. */
  readonly open311?: Open311Options;
}

export interface ForcedError {
  readonly status: number;
  /** Answers left to force; Infinity for "until cleared". */
  remaining: number;
}

export interface UploadedFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * One audit record of a household lookup or of the reveal of one field of its result (restricted data: never
 * logged, only kept here). `subject` is the looked-up citizen ID masked; the full ID is never stored.
 */
export interface AuditRecord {
  readonly id: string;
  readonly kind: "lookup" | "reveal";
  readonly lookupId: string;
  /** The principal who looked up (only they see the record and may reveal from the lookup). */
  readonly principalId: string;
  readonly userId: string;
  readonly reason: string;
  readonly purpose: string | null;
  readonly subject: string;
  readonly at: string;
  readonly found: boolean;
  readonly field: "citizenId" | "birthDate" | "address" | null;
  readonly memberIndex: number | null;
  /** Members in the lookup's result (kind `lookup`): what a reveal may address. */
  readonly memberCount: number;
}

/** Household lookups a principal may make in a rolling window (the contract's 429). */
export interface LookupRateLimit {
  max: number;
  windowSeconds: number;
}

const DEFAULT_SIGNING: Omit<SigningSettings, "transactionSeconds"> = {
  outcome: "complete",
  confirmAfterMs: 3000,
  otp: "123456",
  otpAttempts: 3,
};

const MAX_TIMER_DELAY_MS = 2_147_483_647;

export class MockStore {
  readonly calendar: WorkingCalendar;
  readonly calendarWarnings: CalendarWarning[] = [];
  readonly events: EventHub;
  readonly webhooks: WebhookDispatcher;
  readonly idempotency = new IdempotencyCache();
  readonly forcedErrors = new Map<OperationId, ForcedError>();
  readonly uploads = new Map<string, UploadedFile>();
  readonly audit: AuditRecord[] = [];
  /** Mutable so that tests and the sandbox's control API can tighten it. */
  lookupRateLimit: LookupRateLimit = { max: 30, windowSeconds: 600 };
  auth: AuthSettings;
  /** The principals of the users, resolved against the data set (again on `reset`). */
  principals: Principal[] = [];
  readonly #users: readonly UserEntry[] | null;
  readonly #defaultOfficerToken: string | null;
  readonly heartbeatMs: number;
  readonly open311: Open311Settings;
  /** How simulated signers and providers behave; change it at any time (scenarios do). */
  signing: SigningSettings;

  #options: ResolvedDatasetOptions;
  readonly #initialSigning: SigningSettings;
  #clock: Clock;
  #customClock: boolean;
  #world!: World;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #counters = new Map<string, number>();
  #settleHooks: ((store: MockStore) => number | null)[] = [];
  /** Counts its changes, for the list indexes (`dossier-index.ts`); a plain Map assigned here works, unindexed. */
  dossiers: Map<string, DossierRecord> = new RecordMap<DossierRecord>();
  documents = new Map<string, DocumentRecord>();
  signingRequests = new Map<string, SigningRequestRecord>();
  feedback = new Map<string, FeedbackRecord>();
  feedbackByCode = new Map<string, FeedbackRecord>();
  meetings = new Map<string, MeetingRecord>();
  notifications = new Map<string, NotificationRecord>();
  users = new Map<string, UserRecord>();

  constructor(options: StoreOptions = {}) {
    // With a custom clock and no `now`, the data set is as of the clock's time.
    this.#options = resolveDatasetOptions(
      options.now === undefined && options.clock ? { ...options, now: options.clock.now() } : options,
    );
    this.#customClock = options.clock !== undefined;
    this.#clock = options.clock ?? anchoredClock(this.#options.nowMs);
    const onWarning = options.onCalendarWarning;
    this.calendar = createMockCalendar((warning) => {
      this.calendarWarnings.push(warning);
      onWarning?.(warning);
    });
    this.webhooks = new WebhookDispatcher(options.webhooks ?? null);
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    // An `api_key` is a service principal's (the registry below), unless the host maps keys itself.
    this.open311 = resolveOpen311Settings({
      resolveApiKey: (key) => open311PrincipalFor(this.principals, key),
      ...options.open311,
    });
    if (!(this.heartbeatMs >= 10)) throw new MockOptionsError("heartbeatMs", "must be at least 10 ms");
    this.events = new EventHub(options.streamRetention);
    this.#users = options.auth?.users ? [...options.auth.users] : null;
    this.#defaultOfficerToken = options.auth?.token ?? null;
    this.auth = {
      unknownTokens: options.auth?.unknownTokens ?? "reject",
      anyTokenScopes: options.auth?.scopes ?? null,
    };
    this.signing = {
      ...DEFAULT_SIGNING,
      ...compactSigning(options.signing),
      transactionSeconds: options.signing?.transactionSeconds ?? null,
    };
    checkSigning(this.signing);
    this.#initialSigning = { ...this.signing };
    this.#load();
  }

  /** The resolved data-set options (seed, size, `now` as epoch ms, agency codes). */
  get datasetOptions(): ResolvedDatasetOptions {
    return this.#options;
  }

  get world(): World {
    return this.#world;
  }

  get currentUser(): UserRecord {
    return this.#world.currentUser;
  }

  /** Epoch ms on the store's clock, to the second (the API writes whole seconds). */
  now(): number {
    return Math.floor(this.#clock.now() / 1000) * 1000;
  }

  nowIso(): string {
    return isoOf(this.now());
  }

  /** The next id with a prefix, continuing after the seeded ones (`fb_000231`, `sig_00007`…). */
  nextId(prefix: string, width = 5): string {
    const next = (this.#counters.get(prefix) ?? 0) + 1;
    this.#counters.set(prefix, next);
    return `${prefix}_${String(next).padStart(width, "0")}`;
  }

  /** Starts the id counter of `prefix` after `count` seeded records. */
  seedCounter(prefix: string, count: number): void {
    this.#counters.set(prefix, Math.max(this.#counters.get(prefix) ?? 0, count));
  }

  /**
   * Regenerates the data set (same options, or these new ones) and forgets every change, idempotency key,
   * event, forced error and scenario (signing behaviour as created). Open notification streams are closed.
   */
  reset(options?: DatasetOptions): void {
    if (options) {
      const carried = this.#optionsAsInput();
      // Another snapshot without a `now` takes that snapshot's default date, not the old one's.
      const otherMap = options.snapshot !== undefined && options.snapshot !== this.#options.snapshot;
      if (otherMap && options.now === undefined) delete (carried as { now?: unknown }).now;
      if (otherMap && options.agencyCodes === undefined)
        delete (carried as { agencyCodes?: unknown }).agencyCodes;
      this.#options = resolveDatasetOptions({ ...carried, ...options });
      if (!this.#customClock) this.#clock = anchoredClock(this.#options.nowMs);
    }
    this.events.closeAll();
    this.signing = { ...this.#initialSigning };
    this.idempotency.clear();
    this.forcedErrors.clear();
    this.uploads.clear();
    this.audit.length = 0;
    this.#counters.clear();
    this.#load();
  }

  #optionsAsInput(): DatasetOptions {
    return {
      seed: this.#options.seed,
      size: this.#options.size,
      now: this.#options.nowMs,
      snapshot: this.#options.snapshot,
      provinceCode: this.#options.provinceCode,
      agencyCodes: this.#options.agencyCodeOverrides,
    };
  }

  #load(): void {
    const world = buildWorld(this.#options, this.calendar);
    this.#world = world;
    this.dossiers = RecordMap.fromEntries(world.dossiers.map((record) => [record.code, record] as const));
    this.documents = new Map(world.documents.map((record) => [record.id, record]));
    this.signingRequests = new Map(world.signingRequests.map((record) => [record.id, record]));
    this.feedback = new Map(world.feedback.map((record) => [record.id, record]));
    this.feedbackByCode = new Map(world.feedback.map((record) => [record.code, record]));
    this.meetings = new Map(world.meetings.map((record) => [record.id, record]));
    this.notifications = new Map(world.notifications.map((record) => [record.id, record]));
    this.users = new Map(world.users.map((user) => [user.id, user]));
    const entries = (this.#users ?? defaultUsers(world)).map((entry) =>
      entry.id === "officer" && this.#defaultOfficerToken
        ? { ...entry, token: this.#defaultOfficerToken }
        : entry,
    );
    this.principals = resolvePrincipals(entries, world);
    adoptReportedFeedback(entries, this.principals, world);
    this.seedCounter("sig", world.signingRequests.length);
    this.seedCounter("nt", world.notifications.length);
    this.seedCounter("fb", world.feedback.length);
    this.seedCounter(
      "te",
      world.feedback.reduce((sum, item) => sum + item.thread.length, 0),
    );
    const payments = world.dossiers.reduce((sum, record) => sum + record.paymentRequests.length, 0);
    this.seedCounter("pay", payments);
    this.seedCounter(
      "rcp",
      world.dossiers.reduce((sum, record) => sum + record.fees.filter((fee) => fee.receiptId).length, 0),
    );
  }

  /**
   * The principal a bearer token stands for; an unknown token is the any-token principal (one per token) or
   * null when unknown tokens are rejected.
   */
  principalFor(token: string): Principal | null {
    const known = this.principals.find((principal) => principal.token === token);
    if (known) return known;
    if (this.auth.unknownTokens !== "any") return null;
    return anyTokenPrincipal(this.#world, hashString(token).toString(36), this.auth.anyTokenScopes);
  }

  /** The principal with this id (the default ones: "officer", "officer_2", "leader", "citizen", "service"). */
  principal(id: string): Principal {
    const found = this.principals.find((principal) => principal.id === id);
    if (!found) throw new MockOptionsError("principal", `no principal "${id}"`);
    return found;
  }

  /** Registers a time-based transition (signing confirmations, expiries): returns the next instant it needs. */
  onSettle(hook: (store: MockStore) => number | null): void {
    this.#settleHooks.push(hook);
  }

  /**
   * Applies what time has made happen (a signing request confirmed or expired…). Called before every request;
   * with the default clock a timer also calls it, so that streams and webhooks fire without traffic.
   */
  settle(): void {
    let next: number | null = null;
    for (const hook of this.#settleHooks) {
      const at = hook(this);
      if (at !== null && (next === null || at < next)) next = at;
    }
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (next !== null && !this.#customClock) {
      // setTimeout runs a delay over 2^31 − 1 ms (24.8 days) at once: a far expiry wakes early and waits again.
      const delay = Math.min(MAX_TIMER_DELAY_MS, Math.max(0, next - this.now()) + 5);
      this.#timer = setTimeout(() => this.settle(), delay);
      (this.#timer as { unref?: () => void }).unref?.();
    }
  }

  /** Makes `operationId` answer `status` (`times` answers, default until cleared). */
  forceError(operationId: OperationId, status: number, times = Number.POSITIVE_INFINITY): void {
    if (!Number.isInteger(status) || status < 400 || status > 599)
      throw new MockOptionsError("status", `must be an HTTP error status 400–599, got ${status}`);
    this.forcedErrors.set(operationId, { status, remaining: times });
  }

  clearForcedErrors(): void {
    this.forcedErrors.clear();
  }

  /** Stops timers and closes open streams; pending webhook deliveries finish on their own. */
  close(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.events.closeAll();
  }
}

function compactSigning(signing: SigningBehaviour | undefined): Partial<typeof DEFAULT_SIGNING> {
  const result: Partial<Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(signing ?? {}))
    if (value !== undefined && key !== "transactionSeconds") result[key] = value;
  return result as Partial<typeof DEFAULT_SIGNING>;
}

function checkSigning(signing: SigningSettings): void {
  if (!["complete", "reject", "expire", "fail"].includes(signing.outcome))
    throw new MockOptionsError("signing.outcome", "must be complete, reject, expire or fail");
  if (!(signing.confirmAfterMs >= 0)) throw new MockOptionsError("signing.confirmAfterMs", "must be ≥ 0");
  if (!/^\d{6}$/.test(signing.otp)) throw new MockOptionsError("signing.otp", "must be six digits");
  if (!Number.isInteger(signing.otpAttempts) || signing.otpAttempts < 1)
    throw new MockOptionsError("signing.otpAttempts", "must be a positive integer");
  if (signing.transactionSeconds !== null && !(signing.transactionSeconds > 0))
    throw new MockOptionsError("signing.transactionSeconds", "must be a positive number of seconds");
}
