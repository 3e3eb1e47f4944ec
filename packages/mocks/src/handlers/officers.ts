import type { ApiOfficer, UserRecord } from "../dataset/types";
import type { MockStore } from "../store/store";
import type { Resolvers } from "./context";
import { paginate } from "./pagination";
import { json } from "./respond";
import { search } from "./search";

const byName = new Intl.Collator("vi");

/** A civil servant as `officers.list` shows them: name, position and agency — never contact data. */
export function officerView(store: MockStore, user: UserRecord): ApiOfficer {
  const agency = store.world.agencies.find((item) => item.code === user.agencyCode);
  const officer: ApiOfficer = {
    id: user.id,
    name: user.name,
    position: user.position,
    agencyCode: user.agencyCode,
  };
  if (agency) officer.agencyName = agency.name;
  return officer;
}

export const officerResolvers: Pick<Resolvers, "officers.list" | "session.me"> = {
  // Who the token stands for, as an app shows it ("signed in as"): never the citizen's ID number.
  "session.me": ({ store, principal }) => {
    const user = principal.userId ? store.users.get(principal.userId) : undefined;
    const agency = store.world.agencies.find((item) => item.code === principal.agencyCode);
    return json("session.me", 200, {
      id: principal.id,
      kind: principal.kind,
      name: principal.name,
      ...(user ? { position: user.position } : {}),
      agencyCode: principal.agencyCode,
      agencyName: agency?.name ?? null,
      scopes: [...principal.scopes],
    });
  },
  "officers.list": ({ store, query }) => {
    const users = store.world.users;
    // With `q`, best match first (core's Vietnamese search, accents optional); without, by name.
    const found =
      query.q === undefined || query.q.trim() === ""
        ? [...users].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id))
        : search(users, query.q, (user) => `${user.name} ${user.position}`);
    const inAgency = found.filter(
      (user) => query.agencyCode === undefined || user.agencyCode === query.agencyCode,
    );
    const { cursor, limit, ...filters } = query;
    const page = paginate(inAgency, { cursor, limit, query: filters });
    return json("officers.list", 200, {
      items: page.items.map((user) => officerView(store, user)),
      nextCursor: page.nextCursor,
    });
  },
};
