// `test:demo`: starts the README's demo on free ports, checks that the sandbox, the dashboard and Storybook
// answer, and stops them. turbo builds the packages first (dependsOn ^build).
import { demo } from "./lib/demo.mjs";
import { reportAndExit } from "./lib/ui.mjs";

demo({ check: true }).catch(reportAndExit);
