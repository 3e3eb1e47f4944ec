import type { WorkingCalendar } from "@chinhquyenso/core";
import { createRandom, type Random } from "../random";
import type { AgencyKey } from "../seed/agencies";
import type { AdministrativeMap } from "../seed/maps";
import { streamSeed } from "../util";
import type { ResolvedDatasetOptions } from "./options";
import type { AgencyRecord, ApiPersonRef, UserRecord } from "./types";

/** What every generator of the data set reads: options, the calendar, agencies and staff. */
export interface GenerationContext {
  readonly options: ResolvedDatasetOptions;
  readonly nowMs: number;
  /** The administrative map of the data set: places, agencies and their names. */
  readonly map: AdministrativeMap;
  readonly calendar: WorkingCalendar;
  readonly agencies: ReadonlyMap<AgencyKey, AgencyRecord>;
  readonly staff: ReadonlyMap<AgencyKey, readonly UserRecord[]>;
  readonly currentUser: UserRecord;
  /** An independent random stream per name, so one collection's size does not shift another's data. */
  random(stream: string): Random;
  /** The user as a PersonRef; one shared object per user (histories of 100,000 dossiers reuse them). */
  ref(user: UserRecord): ApiPersonRef;
}

export function createGenerationContext(
  options: ResolvedDatasetOptions,
  calendar: WorkingCalendar,
  agencies: readonly AgencyRecord[],
  users: readonly UserRecord[],
  currentUser: UserRecord,
): GenerationContext {
  const staff = new Map<AgencyKey, UserRecord[]>();
  for (const user of users) {
    const list = staff.get(user.agencyKey) ?? [];
    list.push(user);
    staff.set(user.agencyKey, list);
  }
  const refs = new Map<string, ApiPersonRef>();
  return {
    options,
    nowMs: options.nowMs,
    map: options.map,
    calendar,
    agencies: new Map(agencies.map((agency) => [agency.key, agency])),
    staff,
    currentUser,
    random: (stream) => createRandom(streamSeed(options.seed, stream)),
    ref: (user) => {
      let ref = refs.get(user.id);
      if (!ref) {
        ref = { id: user.id, name: user.name, position: user.position, agencyCode: user.agencyCode };
        refs.set(user.id, ref);
      }
      return ref;
    },
  };
}

const colleagues = new WeakMap<GenerationContext, Map<AgencyKey, readonly UserRecord[]>>();

/** A staff member of `agency` other than the current user (the current user is chosen on purpose). */
export function pickStaff(context: GenerationContext, random: Random, agency: AgencyKey): UserRecord {
  let byAgency = colleagues.get(context);
  if (!byAgency) {
    byAgency = new Map();
    colleagues.set(context, byAgency);
  }
  let others = byAgency.get(agency);
  if (!others) {
    const staff = context.staff.get(agency) ?? [];
    const filtered = staff.filter((user) => user.id !== context.currentUser.id);
    others = filtered.length > 0 ? filtered : staff;
    byAgency.set(agency, others);
  }
  return random.pick(others);
}
