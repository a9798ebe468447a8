import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readServerConfig, type ServerConfig } from "../src/env";

const readme = readFileSync(resolve(import.meta.dirname, "../../../README.md"), "utf8");

/** The numeric settings the README gives a default for, and where the server keeps each. */
const settings: Record<string, keyof ServerConfig> = {
  PORT: "port",
  SESSION_TTL_HOURS: "sessionTtlHours",
  SESSION_IDLE_MINUTES: "sessionIdleMinutes",
  SIGN_IN_FAILURES_PER_MINUTE: "signInFailuresPerMinute",
  SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS: "signInFailuresPerMinutePerAddress",
  TRUST_PROXY_HOPS: "trustProxyHops",
  API_CALLS_PER_MINUTE_PER_PERSON: "apiCallsPerMinutePerPerson",
  API_CALLS_PER_MINUTE_PER_ADDRESS: "apiCallsPerMinutePerAddress",
  API_MAX_BATCH: "apiMaxBatch",
  CPR_LOOKUPS_PER_HOUR: "cprLookupsPerHour",
};

/** Every default the README states: in a table (`| \`NAME\` | \`12\` |`) or in prose (`NAME` (12)). */
function statedDefaults(): Array<{ name: string; value: number }> {
  const stated = /`([A-Z_]+)`\s*(?:\|\s*`(\d+)`|\((\d+)[,)])/g;
  return [...readme.matchAll(stated)].map((match) => ({
    name: match[1] ?? "",
    value: Number(match[2] ?? match[3]),
  }));
}

describe("the README's defaults", () => {
  it("say what the server does, each time they are stated", () => {
    const defaults = readServerConfig({});
    const stated = statedDefaults().filter(({ name }) => name in settings);
    // Each of these is stated at least once; some in the table and again in the prose.
    expect(new Set(stated.map(({ name }) => name))).toEqual(new Set(Object.keys(settings)));
    for (const { name, value } of stated) {
      expect({ name, value }).toEqual({
        name,
        value: defaults[settings[name] as keyof ServerConfig],
      });
    }
  });
});
