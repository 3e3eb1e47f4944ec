export { onTimeRateMessages } from "./messages";
export { OnTimeRate, type OnTimeRateProps } from "./OnTimeRate";
export {
  type FinishedTimelinessKey,
  type OnTimeCounts,
  type OnTimeRateRow,
  onTimeCounts,
  type UseOnTimeRateOptions,
  useOnTimeRate,
} from "./useOnTimeRate";
export { useTimelinessReport } from "./useTimelinessReport";
