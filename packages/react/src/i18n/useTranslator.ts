import { useMemo } from "react";
import { useChinhQuyenSoSettings } from "../provider/hooks";
import { type Catalog, createTranslator, type Translate } from "./translator";

/** The translate function of a widget's catalog, in the provider's locale with its overrides. */
export function useTranslator<Key extends string>(catalog: Catalog<Key>): Translate<Key> {
  const { locale, messages } = useChinhQuyenSoSettings();
  return useMemo(() => createTranslator(catalog, locale, messages), [catalog, locale, messages]);
}
