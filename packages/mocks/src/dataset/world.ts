// Builds every record of a data set from resolved options: deterministic for a seed, `now` and size.
import type { WorkingCalendar } from "@chinhquyenso/core";
import { createRandom } from "../random";
import { streamSeed } from "../util";
import {
  buildAgencies,
  buildProcedureFields,
  buildProcedures,
  buildUsers,
  CURRENT_USER_AGENCY,
} from "./catalogue";
import { createGenerationContext } from "./context";
import { generateDocuments } from "./documents";
import { generateDossiers } from "./dossiers";
import { buildFeedbackCategories, generateFeedback } from "./feedback";
import { buildIndicatorFields, generateIndicators, generateNews } from "./insights";
import type { ResolvedDatasetOptions } from "./options";
import { generateCertificates, generateSigningRequests, SIGNING_PROVIDERS } from "./signing";
import type { World } from "./types";
import { generateCalendarEvents, generateMeetings, generateNotifications } from "./workspace";

/** `calendar` is the store's (weekends assumed for years without holiday data, each reported once). */
export function buildWorld(options: ResolvedDatasetOptions, calendar: WorkingCalendar): World {
  const agencies = buildAgencies(options);
  const users = buildUsers(createRandom(streamSeed(options.seed, "users")), options);
  const currentUser = users.find((user) => user.agencyKey === CURRENT_USER_AGENCY);
  if (!currentUser) throw new Error("no current user");
  const context = createGenerationContext(options, calendar, agencies, users, currentUser);
  const dossiers = generateDossiers(context);
  const documents = generateDocuments(context);
  const certificates = generateCertificates(context);
  const feedback = generateFeedback(context);
  const meetings = generateMeetings(context);
  return {
    currentUser,
    users,
    agencies,
    procedures: buildProcedures(options),
    procedureFields: buildProcedureFields(options),
    dossiers,
    documents,
    signingProviders: SIGNING_PROVIDERS.map((provider) => ({ ...provider })),
    certificates,
    signingRequests: generateSigningRequests(context, documents, certificates),
    feedbackCategories: buildFeedbackCategories(context),
    feedback,
    calendarEvents: generateCalendarEvents(context),
    meetings,
    notifications: generateNotifications(context, { dossiers, documents, meetings, feedback }),
    news: generateNews(context),
    indicatorFields: buildIndicatorFields(),
    indicators: generateIndicators(context),
  };
}
