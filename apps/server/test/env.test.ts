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
    const production = { NODE_ENV: "production", PUBLIC_URL: "https://samstemt.region.example" };
    expect(readServerConfig(production).demo).toBe(false);
    expect(readServerConfig({ ...production, DEMO: "false" }).demo).toBe(false);
    expect(() => readServerConfig({ ...production, DEMO: "true" })).toThrow(
      /DEMO=true is not allowed/,
    );
    expect(() => readServerConfig({ ...production, DEMO: "1" })).toThrow(/DEMO/);
  });

  it("refuses to start in production without PUBLIC_URL, whose origin alone then counts", () => {
    expect(() => readServerConfig({ NODE_ENV: "production" })).toThrow(/PUBLIC_URL must be set/);
    expect(() =>
      readServerConfig({ NODE_ENV: "production", DATABASE_URL: "postgresql://x@localhost/y" }),
    ).toThrow(/PUBLIC_URL/);
    expect(
      readServerConfig({ NODE_ENV: "production", PUBLIC_URL: "https://samstemt.region.example/" })
        .publicUrl,
    ).toBe("https://samstemt.region.example");
    // Outside production the request's own address still serves, for the demo on a laptop.
    expect(readServerConfig({}).publicUrl).toBeUndefined();
  });

  it("counts refused sign-ins per username and address, with a far higher cap per address", () => {
    expect(readServerConfig({})).toMatchObject({
      signInFailuresPerMinute: 10,
      signInFailuresPerMinutePerAddress: 100,
    });
    expect(
      readServerConfig({ SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS: "500" })
        .signInFailuresPerMinutePerAddress,
    ).toBe(500);
    expect(() => readServerConfig({ SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS: "0" })).toThrow(
      /SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS/,
    );
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
