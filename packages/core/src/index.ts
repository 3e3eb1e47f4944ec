export { normalizeVietnamese } from "./text/normalize";
