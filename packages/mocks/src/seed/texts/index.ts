export { generateEventLocation, generateEventTitle, generateMeetingAgenda } from "./calendar";
export {
  CENTRAL_ISSUERS,
  centralIssuers,
  DOCUMENT_TYPES,
  type DocumentIssuer,
  type DocumentType,
  type DocumentTypeKey,
  documentTypeByKey,
  formatNotation,
  generateDocumentSubject,
  generateNotation,
  issuerFromAgency,
  type NotationParts,
  pickDocumentType,
  pickIssuer,
} from "./documents";
export { generateDossierSummary, type SummarySlots, summaryTemplateCount } from "./dossier-summaries";
export {
  FEEDBACK_CATEGORIES,
  type FeedbackCategory,
  type FeedbackCategoryKey,
  type FeedbackChannel,
  type FeedbackReport,
  type FeedbackSlots,
  feedbackAgencyKey,
  generateFeedbackReply,
  generateFeedbackReport,
  generateIntakeNote,
  generateInternalNote,
  pickFeedbackCategory,
  type ReplySlots,
  type ReplyState,
} from "./feedback";
export { capitalise, formatNumberVi, formatVnd } from "./format";
export {
  generateIndicatorSeries,
  generateIndicatorValue,
  INDICATORS,
  type Indicator,
  type IndicatorTarget,
  IOC_FIELDS,
  type IocFieldKey,
  indicatorsOf,
} from "./indicators";
export { generateNewsItem, type NewsItem, type NewsKind } from "./news";
export {
  FACTORY_PRODUCTS,
  FIELD_PHRASES,
  FOREIGN_NATIONALS,
  HAZARDS,
  INDUSTRIAL_PARKS,
  PROJECTS,
  TOPICS,
} from "./vocabulary";
