// Reading the sandbox's XML in tests with an independent, strict parser (saxes, the one jsdom uses): a document
// that is not well-formed XML 1.0 throws. Tests only; the handlers never import it.
import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  /** The element's own character data (references decoded). */
  text: string;
}

export interface XmlDocument {
  readonly root: XmlElement;
  /** From the XML declaration. */
  readonly version: string | undefined;
  readonly encoding: string | undefined;
}

/** Parses a whole document strictly (well-formedness errors, undefined entities, bad characters throw). */
export function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let declaration: { version?: string | undefined; encoding?: string | undefined } = {};
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("xmldecl", (decl) => {
    declaration = decl;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = { name: tag.name, children: [], text: "" };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (chunk) => {
    const current = stack.at(-1);
    if (current) current.text += chunk;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(text).close();
  if (!root) throw new Error("no root element");
  return { root, version: declaration.version, encoding: declaration.encoding };
}

/** The element names of a tree, as nested arrays: what GeoReport v2's documentation lists per level. */
export function shapeOf(element: XmlElement): unknown {
  if (element.children.length === 0) return element.name;
  return { [element.name]: element.children.map(shapeOf) };
}

// The list elements of GeoReport v2 and discovery: their children are items, so they map to JSON arrays.
const LISTS = new Set([
  "services",
  "service_requests",
  "errors",
  "endpoints",
  "formats",
  "attributes",
  "values",
]);

/**
 * The JSON the Spark convention makes of an element (GeoReport v2 "JSON and XML Conversion"): a list element
 * becomes an array of its items, an element with children an object, any other its text. Leaves are compared
 * as text, so `normalizeLeaves` the JSON side first.
 */
export function sparkJson(element: XmlElement): unknown {
  if (LISTS.has(element.name)) return element.children.map(sparkJson);
  if (element.children.length === 0) return element.text;
  return Object.fromEntries(element.children.map((child) => [child.name, sparkJson(child)]));
}

/** JSON with leaves as the XML carries them: numbers and booleans as text, null as "", [] as an empty list. */
export function normalizeLeaves(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(normalizeLeaves);
  if (typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeLeaves(item)]));
  return String(value);
}
