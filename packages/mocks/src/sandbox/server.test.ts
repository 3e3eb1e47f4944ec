import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sandbox, startSandbox } from "./server";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 7 });
});
afterAll(() => sandbox.close());

describe("sandbox server", () => {
  it("answers the health check over real HTTP", async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await response.json()).toMatchObject({ status: "ok", seed: 7 });
  });

  it("answers unknown routes with a problem document", async () => {
    const response = await fetch(`${sandbox.url}/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("rejects a port that is already taken", async () => {
    const port = Number(new URL(sandbox.url).port);
    await expect(startSandbox({ port })).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});
