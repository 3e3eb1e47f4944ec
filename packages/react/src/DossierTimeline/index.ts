export { DossierTimeline, type DossierTimelineProps, type DossierTimelineStatus } from "./DossierTimeline";
export {
  type DossierTimelineEntryRole,
  type DossierTimelineItem,
  dossierTimelineOf,
  useDossierTimeline,
} from "./useDossierTimeline";
