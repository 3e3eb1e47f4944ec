import { afterAll, beforeAll, beforeEach } from "vitest";
import { startStack } from "./harness.mjs";

export type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * One stack (sandbox, built app, Chromium) for the test file, its data set reset before each test. Returns a
 * getter: the stack exists once `beforeAll` has run.
 */
export function useStack(): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    await stack?.reset();
  });
  return () => {
    if (!stack) throw new Error("the e2e stack is not started (used outside a test?)");
    return stack;
  };
}
