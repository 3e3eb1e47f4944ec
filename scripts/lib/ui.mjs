// One voice for every message of the two README commands: a failure is one line with its cause and its fix.
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

export const bold = (text) => paint(1, text);
export const dim = (text) => paint(2, text);

export function step(message) {
  console.log(`${paint(36, "›")} ${message}`);
}

export function ok(message) {
  console.log(`${paint(32, "✔")} ${message}`);
}

/** An expected, explained failure: prints one line and exits. */
export class Fatal extends Error {}

export function fatal(message) {
  throw new Fatal(message);
}

export function reportAndExit(error) {
  if (error instanceof Fatal) {
    console.error(`${paint(31, "✖")} ${error.message}`);
  } else {
    console.error(`${paint(31, "✖")} unexpected error: ${error?.stack ?? error}`);
  }
  process.exit(1);
}

export function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
