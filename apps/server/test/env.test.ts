import { describe, expect, it } from "vitest";
import { readServerConfig } from "../src/env";

describe("server configuration", () => {
  it("defaults to the embedded database in ./.data, port 3000, demo mode on", () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: "./.data",
      databaseUrl: undefined,
      demo: true,
      runWorker: true,
      signInFailuresPerMinute: 10,
      trustProxyHops: 0,
    });
  });

  it("reads the sign-in limit and the number of trusted proxies", () => {
    expect(
      readServerConfig({ SIGN_IN_FAILURES_PER_MINUTE: "25", TRUST_PROXY_HOPS: "1" }),
    ).toMatchObject({ signInFailuresPerMinute: 25, trustProxyHops: 1 });
  });

  it("keeps demo mode off on PostgreSQL unless DEMO=true", () => {
    const url = "postgresql://x@localhost/y";
    expect(readServerConfig({ DATABASE_URL: url }).demo).toBe(false);
    expect(readServerConfig({ DATABASE_URL: url, DEMO: "true" }).demo).toBe(true);
  });

  it("never has demo mode in production: DEMO=true there refuses to start", () => {
    expect(readServerConfig({ NODE_ENV: "production" }).demo).toBe(false);
    expect(readServerConfig({ NODE_ENV: "production", DEMO: "false" }).demo).toBe(false);
    expect(() => readServerConfig({ NODE_ENV: "production", DEMO: "true" })).toThrow(
      /DEMO=true is not allowed/,
    );
    expect(() => readServerConfig({ NODE_ENV: "production", DEMO: "1" })).toThrow(/DEMO/);
  });

  it("defaults sessions to 12 hours at most and 30 minutes idle", () => {
    expect(readServerConfig({})).toMatchObject({ sessionTtlHours: 12, sessionIdleMinutes: 30 });
  });

  it("always runs the worker in-process on PGlite; on PostgreSQL only when asked", () => {
    expect(readServerConfig({ RUN_WORKER: "false" }).runWorker).toBe(true);
    expect(
      readServerConfig({ DATABASE_URL: "postgresql://x@localhost/y", RUN_WORKER: "false" })
        .runWorker,
    ).toBe(false);
  });

  it("rejects settings that make no sense, naming them", () => {
    expect(() => readServerConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readServerConfig({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql/);
    expect(() => readServerConfig({ SIGN_IN_FAILURES_PER_MINUTE: "0" })).toThrow(
      /SIGN_IN_FAILURES_PER_MINUTE/,
    );
    expect(() => readServerConfig({ TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS/);
  });
});
