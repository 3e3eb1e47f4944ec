/** The languages core has labels and messages in. */
export type Locale = "vi" | "en";

/** A Vietnamese and an English label. */
export interface Label {
  readonly vi: string;
  readonly en: string;
}

/** Labels for every value of an enumeration. */
export type LabelTable<Value extends string> = Readonly<Record<Value, Label>>;

/**
 * The label of `value` in `locale`, or the raw value when the table does not know it: a newer server may send
 * values this version has never seen, and showing the code beats crashing.
 */
export function labelOf<Value extends string>(
  table: LabelTable<Value>,
  value: Value | (string & {}),
  locale: Locale = "vi",
): string {
  const label = Object.hasOwn(table, value) ? table[value as Value] : undefined;
  return label === undefined ? value : label[locale === "en" ? "en" : "vi"];
}

/** Whether `value` is one of `values` — narrows a string from the wire to the known union. */
export function isOneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
