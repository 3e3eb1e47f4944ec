export {
  ChinhQuyenSoProvider,
  type ChinhQuyenSoProviderProps,
  type Locale,
  useLocale,
} from "./ChinhQuyenSoProvider";
