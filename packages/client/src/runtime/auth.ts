// Tokens and their renewal: the current token before every attempt, and one refresh for any number of
// concurrent 401s (single flight).
import type { AuthOptions } from "./types";

export interface Credentials {
  /** The Authorization header value, if there is a token. */
  authorization: string | undefined;
  /** The refreshes done when the token was read: a 401 on an older one needs no refresh of its own. */
  generation: number;
}

export type Auth = ReturnType<typeof createAuth>;

export function createAuth(options: AuthOptions | undefined) {
  let generation = 0;
  let refreshing: Promise<unknown> | undefined;
  // The last three tokens sent, so an echo of one in a problem body is masked too.
  let recent: string[] = [];

  return {
    recentTokens: () => recent,

    /** The current token, read before an attempt (and before the attempt's timeout starts). */
    async credentials(): Promise<Credentials> {
      const read = generation;
      const token = await options?.token();
      if (token && token !== recent[0]) recent = [...new Set([token, ...recent])].slice(0, 3);
      return { authorization: token ? `Bearer ${token}` : undefined, generation: read };
    },

    /**
     * After a 401 on a request sent with `sent`: waits for the token to be renewed, starting the refresh unless
     * one has run or is running since. False when there is no `refresh` or it failed.
     */
    async renewed(sent: Credentials): Promise<boolean> {
      if (!options?.refresh) return false;
      if (sent.generation === generation)
        refreshing ??= options.refresh().finally(() => {
          generation++;
          refreshing = undefined;
        });
      try {
        await refreshing;
        return true;
      } catch {
        return false;
      }
    },
  };
}
