// The GitHub workflows, read by GitHub's own parser (scripts/workflows). The parser imports its JSON schema
// without an import attribute, which Node 20 refuses: Vite transforms it instead (inlined, not externalised).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "workflows",
    environment: "node",
    include: ["scripts/workflows/**/*.test.ts"],
    server: { deps: { inline: ["@actions/workflow-parser", "@actions/expressions"] } },
  },
});
