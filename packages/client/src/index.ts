export {
  type ChinhQuyenSoClient,
  ChinhQuyenSoError,
  type ClientOptions,
  createClient,
  type Holiday,
  type HolidayKind,
  type HolidayList,
} from "./client";
