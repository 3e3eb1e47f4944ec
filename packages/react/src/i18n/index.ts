export {
  type Catalog,
  createTranslator,
  defineCatalog,
  type MessageParams,
  type Translate,
} from "./translator";
export { useTranslator } from "./useTranslator";
