// Which source each byte of a minified bundle comes from (its source map), and what each source costs
// gzipped: the bundle's gzip size minus the gzip size of the bundle without that source's bytes. Gzip
// shares strings across modules, so the costs do not add up exactly to the total; each is what removing
// that module's code would save.
import { gzipSync } from "node:zlib";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one source-map segment (base64 VLQ) into its fields. */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`invalid source-map segment ${segment}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * The source index of every character of `code` (-1 for bundler glue), from a v3 source map. A mapping holds
 * to the next one on its line.
 */
export function ownerOfEachChar(code, map) {
  const owners = new Int32Array(code.length).fill(-1);
  const lines = code.split("\n");
  let source = 0;
  let lineStart = 0;
  map.mappings.split(";").forEach((mapped, lineIndex) => {
    const lineEnd = lineStart + (lines[lineIndex] ?? "").length;
    const marks = [];
    let column = 0;
    for (const segment of mapped ? mapped.split(",") : []) {
      const fields = decodeSegment(segment);
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      marks.push([lineStart + column, fields.length > 1 ? source : -1]);
    }
    // Up to its first mapping, a line continues the token that ended the line before (a multi-line string).
    if (lineStart > 0) owners.fill(owners[lineStart - 2] ?? -1, lineStart - 1, marks[0]?.[0] ?? lineEnd);
    marks.forEach(([start, owner], index) => {
      owners.fill(owner, start, index + 1 < marks.length ? marks[index + 1][0] : lineEnd);
    });
    lineStart = lineEnd + 1;
  });
  return owners;
}

const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** Rows `{ group, bytes, gzip }` per group of sources (`groupOf(sourcePath)`), costliest first. */
export function attribute(code, map, groupOf) {
  const owners = ownerOfEachChar(code, map);
  const groups = Array.from(owners, (owner) => (owner < 0 ? "(bundler glue)" : groupOf(map.sources[owner])));
  const total = gzipBytes(code);
  return [...new Set(groups)]
    .map((group) => {
      let rest = "";
      let bytes = 0;
      for (let index = 0; index < code.length; index++)
        if (groups[index] === group) bytes++;
        else rest += code[index];
      return { group, bytes, gzip: total - gzipBytes(rest) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
