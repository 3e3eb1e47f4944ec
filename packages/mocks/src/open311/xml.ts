// XML for Open311 GeoReport v2, written from the contract's own schemas: element names, nesting and order come
// from each schema's `xml` hints and property order, so the XML cannot drift from the JSON the same schema
// describes. Hand-written (about 60 lines) because the mocks' browser entry should not carry an XML library for
// this fixed, attribute-free shape; what matters is escaping, tested with hostile text in xml.test.ts.
import { resolveRef, type Schema } from "../openapi/document";

interface XmlHints {
  readonly name?: string;
  readonly wrapped?: boolean;
}

// Characters XML 1.0 cannot carry at all, not even as references: C0 controls other than tab and line breaks,
// lone surrogates, U+FFFE and U+FFFF. They become U+FFFD rather than making the document unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: `&`, `<`, `>` escaped; carriage returns kept (as `&#13;`); unusable characters replaced. */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

const hintsOf = (schema: Schema): XmlHints => (schema.xml as XmlHints | undefined) ?? {};

function write(value: unknown, schemaNode: Schema | undefined, name: string, out: string[]): void {
  const schema = schemaNode ? resolveRef(schemaNode) : {};
  if (value === null || value === undefined) {
    out.push(`<${name}/>`);
  } else if (Array.isArray(value)) {
    const items = (schema.items as Schema | undefined) ?? {};
    const itemName = hintsOf(resolveRef(items)).name ?? name;
    if (!hintsOf(schema).wrapped) throw new Error(`open311 xml: array <${name}> must be wrapped`);
    if (value.length === 0) out.push(`<${name}/>`);
    else {
      out.push(`<${name}>`);
      for (const item of value) write(item, items, itemName, out);
      out.push(`</${name}>`);
    }
  } else if (typeof value === "object") {
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
    if (unknown.length > 0) throw new Error(`open311 xml: <${name}> has no schema for ${unknown.join(", ")}`);
    out.push(`<${name}>`);
    for (const [key, property] of Object.entries(properties)) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) continue;
      write(field, property, hintsOf(resolveRef(property)).name ?? key, out);
    }
    out.push(`</${name}>`);
  } else {
    out.push(`<${name}>${escapeXmlText(String(value))}</${name}>`);
  }
}

/** A whole XML document for `value`, shaped by `schema` (its `xml.name` is the root element). */
export function toXmlDocument(value: unknown, schema: Schema): string {
  const root = hintsOf(resolveRef(schema)).name;
  if (!root) throw new Error("open311 xml: the root schema needs an xml name");
  const out: string[] = [];
  write(value, schema, root, out);
  return `<?xml version="1.0" encoding="utf-8"?>\n${out.join("")}\n`;
}
