// Shared by the Storybook preview and the stories (never exported from the package).

/**
 * The origin connected stories' client talks to. Nothing listens there: msw's service worker answers, with the
 * handlers a story installs (from @chinhquyenso/mocks) in its `beforeEach({ msw })`.
 */
export const STORY_API_URL = "https://sandbox.chinhquyenso.test";

/** The clock of every story that shows deadlines, so screenshots and assertions do not drift. */
export const STORY_NOW = "2026-11-26T09:00:00+07:00";
