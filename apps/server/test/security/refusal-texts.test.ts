import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedFacts } from "../hostile/hostile-requests";
import { fromApp, signIn, startTestServer, type TestServer } from "../start-test-server";

// Every refusal over HTTP says what went wrong in the product's Danish, never in the words of
// an exception inside superjson, tRPC or the JavaScript engine.

/** Words of code, not of Samstemt: an engine's exception, tRPC's English, an echoed path. */
const foreignWords =
  /Maximum call stack|RegExp|__proto__|not allowed as a property|invalid path|Unexpected|JSON at position|procedure|Invalid|Unsupported|needs to be|Batch call|Cannot|undefined/;

const registration = {
  citizen: { cpr: "0113803333", name: "Annotering Prøve" },
  initiativeAt: "2026-11-20T09:00:00.000Z",
  reasons: { categories: ["self_harm"], text: null },
  citizenStance: "accepts_help",
  citizenStanceNote: null,
};

interface Refusal {
  status: number;
  message: string;
}

type ErrorBody = { error?: { json?: { message?: string } } | string };

/** The message of a refusal: Express's `{ error }`, tRPC's envelope, or a batch's first. */
async function refusalOf(response: Response): Promise<Refusal> {
  const parsed = (await response.json()) as ErrorBody | ErrorBody[];
  const body = Array.isArray(parsed) ? (parsed[0] ?? {}) : parsed;
  const message =
    typeof body.error === "string"
      ? body.error
      : (body.error?.json?.message ?? JSON.stringify(body));
  return { status: response.status, message };
}

describe("refusals in the product's own words", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer({
      RUN_WORKER: "false",
      API_CALLS_PER_MINUTE_PER_PERSON: "100000",
      API_CALLS_PER_MINUTE_PER_ADDRESS: "100000",
    });
    await server.ready;
    cookie = await signIn(server.url, "mads");
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const register = (envelope: unknown) =>
    fetch(`${server.url}/trpc/initiative.registerInitiative`, {
      method: "POST",
      headers: fromApp(server.url, { cookie, "Content-Type": "application/json" }),
      body: JSON.stringify(envelope),
    });
  const query = (path: string) => fetch(`${server.url}/trpc/${path}`, { headers: { cookie } });

  /** Superjson annotations no procedure uses, each of which once answered with an exception's text. */
  const hostileMeta: Array<{ why: string; meta: unknown }> = [
    { why: "a class nobody registered", meta: { values: { citizenStanceNote: ["class", "Foo"] } } },
    { why: "the whole input as a class", meta: { values: ["class", "Foo"], v: 1 } },
    { why: "a regular expression", meta: { values: { initiativeAt: ["regexp"] }, v: 1 } },
    { why: "a prototype path", meta: { values: { "__proto__.x": ["Date"] }, v: 1 } },
    { why: "a constructor path", meta: { values: { "constructor.prototype": ["undefined"] } } },
    {
      why: "a prototype path in equalities",
      meta: { values: { "citizen.__proto__": ["undefined"] }, referentialEqualities: {} },
    },
    { why: "a broken escape", meta: { values: { "citizen\\name": ["undefined"] }, v: 1 } },
    { why: "a symbol", meta: { values: { citizenStanceNote: ["symbol", "x"] }, v: 1 } },
    { why: "a map", meta: { values: { reasons: ["map"] }, v: 1 } },
    { why: "a bigint", meta: { values: { citizenStanceNote: ["bigint"] }, v: 1 } },
    { why: "an error object", meta: { values: { reasons: ["Error"] }, v: 1 } },
    { why: "a field that is not there", meta: { values: { "reasons.text.x": ["Date"] }, v: 1 } },
    {
      why: "a huge array index",
      meta: { values: { "reasons.categories.100000000": ["undefined"] } },
    },
    { why: "an unknown format version", meta: { values: { initiativeAt: ["Date"] }, v: 7 } },
    { why: "meta that is no object", meta: "x" },
  ];

  it("refuses input annotations no procedure uses before superjson reads them, storing nothing", async () => {
    const before = await storedFacts(server.state.database ?? never());
    for (const { why, meta } of hostileMeta) {
      const refusal = await refusalOf(await register({ json: registration, meta }));
      expect({ why, ...refusal }).toEqual({
        why,
        status: 400,
        message: "Forespørgslen kunne ikke læses.",
      });
    }
    // In a query's address and in a batch too.
    const meta = encodeURIComponent(
      JSON.stringify({ json: { caseId: "x" }, meta: { values: { caseId: ["regexp"] }, v: 1 } }),
    );
    const get = await refusalOf(await query(`cases.get?input=${meta}`));
    expect(get).toEqual({ status: 400, message: "Forespørgslen kunne ikke læses." });
    const batch = await query(
      `cases.get,cases.get?batch=1&input=${encodeURIComponent(
        JSON.stringify({ 0: { json: {}, meta: { values: ["class", "Foo"] } }, 1: null }),
      )}`,
    );
    expect(batch.status).toBe(400);
    expect(JSON.stringify(await batch.json())).not.toMatch(foreignWords);
    expect(await storedFacts(server.state.database ?? never())).toBe(before);
  });

  it("still reads what the apps send: dates and left-out fields", async () => {
    const response = await register({
      json: { ...registration, initiativeAt: "2026-11-20T09:00:00.000Z", citizenStanceNote: null },
      meta: { values: { initiativeAt: ["Date"], citizenStanceNote: ["undefined"] }, v: 1 },
    });
    expect(response.status).toBe(200);
  });

  it("reads a batch as the apps send it on a page load: calls without input beside calls with", async () => {
    // superjson annotates a call without input as a whole (`values: ["undefined"]`); tRPC reads
    // a batch's inputs together, so refusing that one refused every call beside it.
    const noInput = { json: null, meta: { values: ["undefined"], v: 1 } };
    const response = await query(
      `auth.me,notifications.mine,tasks.mine?batch=1&input=${encodeURIComponent(
        JSON.stringify({ 0: noInput, 1: { json: { limit: 1 } }, 2: noInput }),
      )}`,
    );
    expect(response.status).toBe(200);
    const results = (await response.json()) as Array<{ result?: unknown; error?: unknown }>;
    expect(results.map((result) => ("result" in result ? "ok" : result.error))).toEqual([
      "ok",
      "ok",
      "ok",
    ]);
    // The whole input as anything but a left-out value or a date is still refused.
    const wrong = await query(
      `notifications.mine?input=${encodeURIComponent(
        JSON.stringify({ json: { limit: 1 }, meta: { values: ["undefined"], v: 1 } }),
      )}`,
    );
    expect(wrong.status).toBe(400);
  });

  it("answers tRPC's own refusals in Danish: unknown address, GET to a change, unreadable input", async () => {
    const cases: Array<{
      why: string;
      response: Promise<Response>;
      status: number;
      message: string;
    }> = [
      {
        why: "no such procedure",
        response: query("cases.nothing"),
        status: 404,
        message: "Funktionen findes ikke.",
      },
      {
        why: "a change by GET",
        response: query("notifications.markRead"),
        status: 405,
        message: "Funktionen kan ikke kaldes på den måde.",
      },
      {
        why: "an input that is no JSON",
        response: query("cases.get?input=%7Bnot-json"),
        status: 400,
        message: "Forespørgslen kunne ikke læses.",
      },
      {
        why: "a path that does not decode",
        response: query("cases.get%E0%A4%A?input=%7B%7D"),
        status: 400,
        message: "Forespørgslen kunne ikke læses.",
      },
      {
        why: "a batch whose input is no object",
        response: query("cases.get,cases.get?batch=1&input=5"),
        status: 400,
        message: "Forespørgslen kunne ikke læses.",
      },
      {
        why: "an envelope that is null",
        response: query("cases.get?input=null"),
        status: 400,
        message: "Forespørgslen kunne ikke læses.",
      },
    ];
    for (const { why, response, status, message } of cases) {
      const refusal = await refusalOf(await response);
      expect({ why, ...refusal }).toEqual({ why, status, message });
    }
  });
});

function never(): never {
  throw new Error("the server has no database open");
}
