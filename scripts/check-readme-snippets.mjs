// `test:readme`: every ```ts and ```tsx block of every README.md compiles, under the strict settings of
// tsconfig.base.json, against the built packages (as a department developer would paste it).
//
// - Each block is its own module. Names a README's blocks take for granted (`client`, your own `navigate`…) are
//   declared in README.snippets.ts beside it (`declare global { … }`), compiled with that README's blocks only.
// - `<!-- snippet: excerpt of path/to/file.tsx -->` on the line before a block: the block must appear verbatim in
//   that file, which another check compiles and runs (the framework consumers of test:consumers).
// - `<!-- snippet: skip — why -->`: not compiled. Keep it rare (deliberately partial code).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
const FENCE = /^```(ts|tsx)(?:\s.*)?$/;
const MARKER = /^<!--\s*snippet:\s*(skip|excerpt of (\S+))\b.*-->\s*$/;

/** The README's ts/tsx blocks: code, language, first line (1-based) and the marker before it. */
export function extractBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = FENCE.exec(lines[index] ?? "");
    if (!fence) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? "")) end++;
    let before = index - 1;
    while (before >= 0 && (lines[before] ?? "").trim() === "") before--;
    const marker = MARKER.exec((lines[before] ?? "").trim());
    blocks.push({
      language: fence[1],
      code: lines.slice(start, end).join("\n"),
      line: start + 1,
      skip: marker?.[1] === "skip",
      excerptOf: marker?.[2],
    });
    index = end;
  }
  return blocks;
}

const trimLines = (text) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();

function compilerOptions() {
  const file = path.join(root, "tsconfig.base.json");
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, file);
  // Snippets are read by people writing browser and Node code alike.
  return { ...options, noEmit: true, types: ["node"] };
}

function main() {
  const readmes = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "README.md", "**/README.md"],
    {
      cwd: root,
      encoding: "utf8",
    },
  )
    .split("\n")
    .filter(Boolean);
  // Inside the repository's node_modules, so that imports resolve to the workspace's packages (their dist types).
  const scratch = path.join(root, "node_modules", ".cache", `readme-snippets-${process.pid}`);
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  // One program per README: the libraries' declaration files are parsed once and shared.
  const parsed = new Map();
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (!fileName.endsWith(".d.ts") && !fileName.endsWith(".d.mts") && !fileName.endsWith(".d.cts"))
      return getSourceFile(fileName, languageVersion, ...rest);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  const problems = [];
  let compiled = 0;
  let excerpts = 0;
  let skipped = 0;
  try {
    for (const readme of readmes) {
      const blocks = extractBlocks(readFileSync(path.join(root, readme), "utf8"));
      const files = new Map();
      for (const block of blocks) {
        if (block.skip) {
          skipped++;
          continue;
        }
        if (block.excerptOf) {
          const source = path.join(root, block.excerptOf);
          if (!existsSync(source))
            problems.push(`${readme}:${block.line}: ${block.excerptOf} does not exist`);
          else if (!trimLines(readFileSync(source, "utf8")).includes(trimLines(block.code)))
            problems.push(
              `${readme}:${block.line}: the block is not an excerpt of ${block.excerptOf} (any more)`,
            );
          excerpts++;
          continue;
        }
        const file = path.join(scratch, path.dirname(readme), `README-line-${block.line}.${block.language}`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, block.code);
        files.set(path.resolve(file), block);
      }
      if (files.size === 0) continue;
      const context = path.join(root, path.dirname(readme), "README.snippets.ts");
      const program = ts.createProgram(
        [...files.keys(), ...(existsSync(context) ? [context] : [])],
        options,
        host,
      );
      for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        const fileName = diagnostic.file ? path.resolve(diagnostic.file.fileName) : undefined;
        const block = fileName ? files.get(fileName) : undefined;
        if (diagnostic.file && diagnostic.start !== undefined && block) {
          const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
          problems.push(`${readme}:${block.line + line}: ${message}`);
        } else if (diagnostic.file && diagnostic.start !== undefined) {
          const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
          problems.push(`${path.relative(root, diagnostic.file.fileName)}:${line + 1}: ${message}`);
        } else {
          problems.push(`${readme}: ${message}`);
        }
      }
      compiled += files.size;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.error(
      `✖ README snippets: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    console.error(
      "  Fix the snippet, declare what it takes for granted in README.snippets.ts beside the README, or — for code that is partial on purpose — put <!-- snippet: skip — why --> before it.",
    );
    process.exit(1);
  }
  console.log(
    `✔ README snippets: ${compiled} compiled, ${excerpts} checked as excerpts of compiled files, ${skipped} skipped (${readmes.length} READMEs)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
