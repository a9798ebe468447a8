import { appRouter } from "@samstemt/api";
import type { Database } from "@samstemt/db";
import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { signIn, startTestServer, type TestServer, trpcQuery } from "../start-test-server";
import { arbitraryFromJsonSchema, type JsonSchema } from "./arbitrary-from-json-schema";
import { type Answer, callProcedure, postRaw, storedFacts } from "./hostile-requests";

/** Generated inputs per procedure and signed-in person; raise it locally to search harder. */
const RUNS = Number(process.env.HOSTILE_RUNS ?? 12);

interface ProcedureInfo {
  path: string;
  type: "query" | "mutation";
  inputs: z.ZodType[];
}

/** Every procedure of the router, with its input schemas: a new one is covered by itself. */
function everyProcedure(): ProcedureInfo[] {
  return Object.entries(appRouter._def.procedures).map(([path, procedure]) => {
    // The router's record type is a union of every procedure; only these two fields are read.
    const def = (procedure as unknown as { _def: { type: string; inputs: unknown[] } })._def;
    return {
      path,
      type: def.type === "query" ? "query" : "mutation",
      inputs: def.inputs.filter((input): input is z.ZodType => input instanceof z.ZodType),
    };
  });
}

function jsonSchemaOf(procedure: ProcedureInfo): JsonSchema {
  const [input] = procedure.inputs;
  if (!input) return {};
  return z.toJSONSchema(input, { unrepresentable: "any", io: "input" }) as JsonSchema;
}

const registration = (citizen: { cpr: string; name: string }, extra: object = {}) => ({
  citizen,
  initiativeAt: "2026-11-20T09:00:00.000Z",
  reasons: { categories: ["self_harm"], text: "Gentagne selvskader" },
  citizenStance: "accepts_help",
  citizenStanceNote: null,
  ...extra,
});

/** Inputs that once gave 500, or were stored although wrong (issue 7, point 7). */
function knownHostileInputs(caseId: string): Array<{ path: string; input: unknown; why: string }> {
  const register = (why: string, citizen: { cpr: string; name: string }, extra: object = {}) => ({
    path: "initiative.registerInitiative",
    input: registration(citizen, extra),
    why,
  });
  const name = "Hostile Testesen";
  return [
    register("NUL byte in the citizen's name", { cpr: "0101901234", name: "Jens\u0000Hansen" }),
    register(
      "NUL byte in the reasons",
      { cpr: "0101901234", name },
      {
        reasons: { categories: [], text: "selvskade\u0000" },
      },
    ),
    register(
      "NUL byte in the stance note",
      { cpr: "0101901234", name },
      {
        citizenStanceNote: "\u0000",
      },
    ),
    register(
      "lone surrogate in the stance note",
      { cpr: "0101901234", name },
      {
        citizenStanceNote: "note \ud800",
      },
    ),
    register(
      "lone surrogate in the reasons",
      { cpr: "0101901234", name },
      {
        reasons: { categories: ["other"], text: "\udfff" },
      },
    ),
    register("CPR 0000000000", { cpr: "0000000000", name }),
    register("CPR 9999999999", { cpr: "9999999999", name }),
    register("CPR with day 32", { cpr: "3213991234", name }),
    register("CPR with month 00", { cpr: "0100000000", name }),
    register(
      "initiative before the model existed",
      { cpr: "0101901234", name },
      {
        initiativeAt: "0001-01-01T00:00:00.000Z",
      },
    ),
    register("a name of only a zero-width space", { cpr: "0101901234", name: "\u200b" }),
    register("a name with a right-to-left override", { cpr: "0101901234", name: "\u202eJens" }),
    register("unknown keys", { cpr: "0101901234", name }, { role: "leader" }),
    ...["activation.inviteOrganisation", "activation.activateCase", "team.addTeamMember"].map(
      (path) => ({
        path,
        input: { caseId, expectedVersion: 1, payload: null },
        why: "payload null",
      }),
    ),
    {
      path: "meetings.recordMeetingHeld",
      input: { caseId, expectedVersion: 1, payload: { decisionMinutes: "\u0000" } },
      why: "NUL byte in minutes",
    },
  ];
}

const isServerError = (answer: Answer) => answer.status >= 500;

describe.each(testDatabaseKinds())("hostile and generated input over HTTP on %s", (kind) => {
  let server: TestServer;
  let database: Database;
  let dropDatabase = async () => {};
  const cookies: Record<string, string> = {};
  let visibleCaseIds: string[] = [];

  beforeAll(async () => {
    // Thousands of calls in a minute on purpose: the API's rate limits are tested elsewhere.
    const env: Record<string, string> = {
      RUN_WORKER: "false",
      API_CALLS_PER_MINUTE_PER_PERSON: "1000000",
      API_CALLS_PER_MINUTE_PER_ADDRESS: "1000000",
    };
    if (kind === "postgresql") {
      const created = await createEmptyPostgresDatabase();
      Object.assign(env, { DATABASE_URL: created.url, DEMO: "true" });
      dropDatabase = created.drop;
    }
    server = await startTestServer(env);
    await server.ready;
    if (!server.state.database) throw new Error("no database");
    database = server.state.database;
    for (const username of ["mads", "lene", "rikke"]) {
      cookies[username] = await signIn(server.url, username);
    }
    const mine = await trpcQuery<Array<{ id: string }>>(
      server.url,
      "cases.mine",
      cookies.lene ?? "",
    );
    visibleCaseIds = mine.data.map((row) => row.id);
  });
  afterAll(async () => {
    await server?.cleanup();
    await dropDatabase();
  });

  it("answers each known hostile input with 400 and a Danish message, storing nothing", async () => {
    const caseId = visibleCaseIds[0] ?? "00000000-0000-4000-8000-000000000000";
    for (const { path, input, why } of knownHostileInputs(caseId)) {
      const before = await storedFacts(database);
      const answer = await callProcedure(server.url, cookies.mads ?? "", path, "mutation", input);
      expect({ why, status: answer.status }).toEqual({ why, status: 400 });
      expect(JSON.stringify(answer.body), why).toMatch(/[æøåÆØÅ]|Skriv|Ugyldig|gyldig|Tekst|tegn/);
      expect(await storedFacts(database), why).toBe(before);
    }
  });

  it("refuses a JSON body nested 45,000 levels deep with 400", async () => {
    const deep = `${"[".repeat(45_000)}${"]".repeat(45_000)}`;
    const before = await storedFacts(database);
    const answer = await postRaw(
      server.url,
      cookies.mads ?? "",
      "initiative.registerInitiative",
      deep,
    );
    expect(answer.status).toBe(400);
    expect(await storedFacts(database)).toBe(before);
  });

  it("never answers 500 to generated input for any procedure, and a refusal stores nothing", async () => {
    const procedures = everyProcedure();
    expect(procedures.length).toBeGreaterThan(20);
    const overrides = {
      caseId: fc.oneof(fc.constantFrom(...visibleCaseIds), fc.uuid()),
      expectedVersion: fc.integer({ min: 0, max: 40 }),
    };
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const procedure of procedures) {
      const inputs = arbitraryFromJsonSchema(jsonSchemaOf(procedure), overrides);
      for (const username of ["mads", "lene", "rikke"]) {
        await fc.assert(
          fc.asyncProperty(inputs, async (input) => {
            const before = await storedFacts(database);
            const answer = await callProcedure(
              server.url,
              cookies[username] ?? "",
              procedure.path,
              procedure.type,
              input,
            );
            sent += 1;
            statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
            if (isServerError(answer)) {
              throw new Error(
                `${procedure.path} as ${username}: ${answer.status} ${JSON.stringify(answer.body)}`,
              );
            }
            if (answer.status >= 400) expect(await storedFacts(database)).toBe(before);
          }),
          { numRuns: RUNS },
        );
      }
    }
    // The note quotes these: how many requests went out and what came back.
    console.info(
      `hostile-inputs ${kind}: ${sent} generated requests to ${procedures.length} procedures;`,
      Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
    );
    expect(sent).toBe(procedures.length * 3 * RUNS);
    // Every procedure × three people × RUNS requests, each checked against the stored facts:
    // it grows with the router, so it gets more time than one ordinary test.
  }, 300_000);
});
