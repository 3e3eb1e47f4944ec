import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// React's own build for React Server Components (what the "react-server" condition loads): no createContext.
const require = createRequire(import.meta.url);
const reactServer = require(
  path.join(path.dirname(require.resolve("react/package.json")), "react.react-server.js"),
);

afterEach(() => {
  vi.doUnmock("react");
  vi.resetModules();
});

describe("createClientContext", () => {
  it("names the fix where React has no createContext (evaluated as a server component)", async () => {
    expect(reactServer.createContext).toBeUndefined();
    // Spelled out as undefined: vitest's module mocks throw on a name the factory does not return.
    vi.doMock("react", () => ({ ...reactServer, createContext: undefined }));
    const { createClientContext } = await import("./clientContext");
    expect(() => createClientContext(null, "ChinhQuyenSoProvider")).toThrow(
      /ChinhQuyenSoProvider is client code.*"use client".*@chinhquyenso\/react\/server/,
    );
    // The provider's module fails the same way when it is loaded, instead of "createContext is not a function".
    await expect(import("./context")).rejects.toThrow(/is client code/);
  });

  it("is createContext everywhere else", async () => {
    const { createClientContext } = await import("./clientContext");
    const context = createClientContext(42, "Test");
    expect(context.Provider).toBeDefined();
  });
});
