import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromApp, signIn, startTestServer, type TestServer, trpcQuery } from "../start-test-server";

// Web security: every check here goes over real HTTP to a real server.

const registration = {
  citizen: { cpr: "0113801111", name: "Forfalsket Oprindelse" },
  initiativeAt: "2026-11-20T09:00:00.000Z",
  reasons: { categories: ["self_harm"], text: null },
  citizenStance: "accepts_help",
  citizenStanceNote: null,
};

async function count(server: TestServer, sql: string): Promise<number> {
  const [row] = (await server.state.database?.sql.query<{ n: number }>(sql)) ?? [];
  return row?.n ?? -1;
}
const citizens = (server: TestServer) => count(server, "SELECT count(*)::int AS n FROM citizen");
const auditRows = (server: TestServer) =>
  count(server, "SELECT count(*)::int AS n FROM audit_entry");

function post(server: TestServer, path: string, headers: Record<string, string>, body: unknown) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("security headers and cross-site requests", () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: "false", TRUST_PROXY_HOPS: "1" });
    await server.ready;
    cookie = await signIn(server.url, "mads");
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("marks every API answer and every page no-store; hashed assets may be cached", async () => {
    const api = await fetch(`${server.url}/trpc/cases.mine`, { headers: { cookie } });
    expect(api.status).toBe(200);
    expect(api.headers.get("cache-control")).toBe("no-store");
    const refused = await fetch(`${server.url}/trpc/cases.mine`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${server.url}/auth/dev-users`)).headers.get("cache-control")).toBe(
      "no-store",
    );
    for (const page of ["/", "/sager/x", "/dashboard/"]) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.headers.get("content-type"), page).toMatch(/text\/html/);
      expect(response.headers.get("cache-control"), page).toBe("no-store");
    }
    const html = await (await fetch(`${server.url}/`)).text();
    const script = html.match(/\/assets\/[^"]+\.js/)?.[0];
    expect(script).toBeTruthy();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.headers.get("cache-control")).toMatch(/immutable/);
  });

  it("sends a CSP without inline scripts or any-https styles, never framed", async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get("content-security-policy") ?? "";
    const directive = (name: string) =>
      csp
        .split(";")
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `)) ?? "";
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive("script-src")).toBe("script-src 'self'");
    expect(directive("style-src")).toBe("style-src 'self'");
    expect(directive("default-src")).toBe("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https:/);
    expect((await fetch(`${server.url}/`)).headers.get("x-frame-options")).toBe("DENY");
  });

  it("sends HSTS only when the request came over HTTPS", async () => {
    const plain = await fetch(`${server.url}/healthz`);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const behindTls = await fetch(`${server.url}/healthz`, {
      headers: { "X-Forwarded-Proto": "https" },
    });
    expect(behindTls.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  });

  it("refuses a mutation from another origin with 403, changing nothing", async () => {
    const before = { citizens: await citizens(server) };
    const forged: Record<string, string>[] = [
      { cookie, Origin: "https://evil.example" },
      { cookie, Origin: "null" },
      { cookie, Origin: `${server.url}.evil.example` },
      { cookie, "Sec-Fetch-Site": "cross-site" },
      { cookie, "Sec-Fetch-Site": "same-site" },
      { cookie, Origin: new URL(server.url).origin, "Sec-Fetch-Site": "cross-site" },
      { cookie }, // neither header: not from a browser on this site
    ];
    for (const headers of forged) {
      const response = await post(server, "/trpc/initiative.registerInitiative", headers, {
        json: registration,
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await citizens(server)).toBe(before.citizens);
    // The same request from the app itself goes through.
    const own = await post(
      server,
      "/trpc/initiative.registerInitiative",
      fromApp(server.url, { cookie }),
      {
        json: registration,
      },
    );
    expect(own.status).toBe(200);
    const bySecFetch = await post(
      server,
      "/trpc/initiative.registerInitiative",
      { cookie, "Sec-Fetch-Site": "same-origin" },
      { json: { ...registration, citizen: { cpr: "0113802222", name: "Anden Borger" } } },
    );
    expect(bySecFetch.status).toBe(200);
  });

  it("refuses forged sign-ins and sign-outs too (login CSRF, logout CSRF)", async () => {
    const evil = { Origin: "https://evil.example" };
    expect((await post(server, "/auth/dev-login", evil, { username: "lene" })).status).toBe(403);
    expect((await post(server, "/auth/logout", { ...evil, cookie }, {})).status).toBe(403);
    expect((await trpcQuery(server.url, "auth.me", cookie)).status).toBe(200);
  });

  it("runs mutations only by POST", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: registration }));
    const response = await fetch(
      `${server.url}/trpc/initiative.registerInitiative?input=${input}`,
      {
        headers: { cookie },
      },
    );
    expect(response.status).toBe(405);
  });

  it("in production, judges Origin by PUBLIC_URL alone, whatever Host the client names", async () => {
    const production = await startTestServer({ NODE_ENV: "production", RUN_WORKER: "false" });
    try {
      await production.ready;
      const { port } = new URL(production.url);
      // fetch may not set Host; a raw request can, as any script outside a browser does.
      const forged = (host: string, origin: string) =>
        new Promise<number>((resolve, reject) => {
          const req = request(
            {
              host: "127.0.0.1",
              port,
              method: "POST",
              path: "/trpc/notifications.markRead",
              headers: { Host: host, Origin: origin, "Content-Type": "application/json" },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on("error", reject);
          req.end(JSON.stringify({ json: {} }));
        });
      expect(await forged("evil.example", "http://evil.example")).toBe(403);
      expect(await forged(`127.0.0.1:${port}`, `http://127.0.0.1:${port}`)).toBe(401);
    } finally {
      await production.cleanup();
    }
  });

  it("serves source maps nowhere in production", async () => {
    const production = await startTestServer({ NODE_ENV: "production", RUN_WORKER: "false" });
    try {
      await production.ready;
      const html = await (await fetch(`${production.url}/`)).text();
      const script = html.match(/\/assets\/[^"]+\.js/)?.[0];
      expect(script).toBeTruthy();
      const js = await (await fetch(`${production.url}${script}`)).text();
      expect(js).not.toMatch(/sourceMappingURL/);
      for (const map of [`${script}.map`, "/assets/index.js.map", "/dashboard/assets/x.js.map"]) {
        expect((await fetch(`${production.url}${map}`)).status, map).toBe(404);
      }
    } finally {
      await production.cleanup();
    }
  });
});

describe("rate limits and batch size", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      RUN_WORKER: "false",
      TRUST_PROXY_HOPS: "1",
      API_CALLS_PER_MINUTE_PER_PERSON: "6",
      API_CALLS_PER_MINUTE_PER_ADDRESS: "10",
      API_MAX_BATCH: "4",
    });
    await server.ready;
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  const call = (path: string, headers: Record<string, string>) =>
    fetch(`${server.url}/trpc/${path}`, { headers });

  it("limits each person, counting every call of a batch, with 429 and Retry-After", async () => {
    const mads = await signIn(server.url, "mads");
    const lene = await signIn(server.url, "lene");
    // Each person from an address of their own, so only the per-person limit applies.
    const asMads = { cookie: mads, "X-Forwarded-For": "198.51.100.1" };
    expect((await call("auth.me,cases.mine,auth.me?batch=1&input={}", asMads)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await call("auth.me", asMads)).status).toBe(200);
    const limited = await call("auth.me", { ...asMads, "X-Forwarded-For": "198.51.100.9" });
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(limited.headers.get("cache-control")).toBe("no-store");
    const other = await call("auth.me", { cookie: lene, "X-Forwarded-For": "198.51.100.2" });
    expect(other.status).toBe(200);
  });

  it("limits each address, signed in or not", async () => {
    const address = { "X-Forwarded-For": "203.0.113.50" };
    for (let i = 0; i < 10; i++) expect((await call("auth.me", address)).status).toBe(401);
    const limited = await call("auth.me", address);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call("auth.me", { "X-Forwarded-For": "203.0.113.51" })).status).toBe(401);
  });

  it("refuses a batch of more procedures than the cap, before any runs", async () => {
    const cookie = await signIn(server.url, "hanne");
    const headers = { cookie, "X-Forwarded-For": "192.0.2.77" };
    const before = await auditRows(server);
    const five = Array.from({ length: 5 }, () => "cases.mine").join(",");
    const response = await call(`${five}?batch=1&input={}`, headers);
    expect(response.status).toBe(400);
    expect(await auditRows(server)).toBe(before);
  });

  // tRPC decodes the procedure names before it splits them at commas: `%2C` is a comma too.
  const encodedBatch = (name: string, count: number, comma: string) =>
    `${Array.from({ length: count }, () => name).join(comma)}?batch=1`;
  const batchBody = (count: number) =>
    JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, i) => [i, { json: {} }])));

  it("refuses an over-long batch however its commas are spelled, GET and POST, before any runs", async () => {
    const cookie = await signIn(server.url, "per");
    const headers = { cookie, "X-Forwarded-For": "192.0.2.78" };
    const before = await auditRows(server);
    for (const comma of [",", "%2C", "%2c"]) {
      const get = await call(`${encodedBatch("cases.mine", 5, comma)}&input={}`, headers);
      expect(get.status, comma).toBe(400);
      expect(await get.json(), comma).toEqual({ error: "Højst 4 kald i én forespørgsel." });
      const post = await fetch(
        `${server.url}/trpc/${encodedBatch("notifications.markRead", 5, comma)}`,
        {
          method: "POST",
          headers: fromApp(server.url, { ...headers, "Content-Type": "application/json" }),
          body: batchBody(5),
        },
      );
      expect(post.status, comma).toBe(400);
    }
    // A hundred mutations in one POST, as a probe sent them.
    const hundred = await fetch(
      `${server.url}/trpc/${encodedBatch("notifications.markRead", 100, "%2C")}`,
      {
        method: "POST",
        headers: fromApp(server.url, { ...headers, "Content-Type": "application/json" }),
        body: batchBody(100),
      },
    );
    expect(hundred.status).toBe(400);
    expect(await auditRows(server)).toBe(before);
  });

  it("counts every call of an encoded batch against the budgets, GET and POST", async () => {
    const sofie = await signIn(server.url, "sofie");
    const asSofie = { cookie: sofie, "X-Forwarded-For": "198.51.100.21" };
    // Three calls by GET, two by POST: five of the person's six.
    const get = await call(`${encodedBatch("auth.me", 3, "%2C")}&input={}`, asSofie);
    expect(get.status).toBe(200);
    expect(((await get.json()) as unknown[]).length).toBe(3);
    const post = await fetch(
      `${server.url}/trpc/${encodedBatch("notifications.markRead", 2, "%2C")}`,
      {
        method: "POST",
        headers: fromApp(server.url, { ...asSofie, "Content-Type": "application/json" }),
        body: batchBody(2),
      },
    );
    expect(post.status).toBe(200);
    expect((await call("auth.me", asSofie)).status).toBe(200);
    expect((await call("auth.me", asSofie)).status).toBe(429);
    // The address's budget (ten) counts each call too, whoever is signed in.
    const address = { "X-Forwarded-For": "203.0.113.60" };
    const jonas = await signIn(server.url, "jonas");
    expect((await call(`${encodedBatch("auth.me", 4, "%2c")}&input={}`, address)).status).toBe(401);
    expect(
      (await call(`${encodedBatch("auth.me", 4, "%2C")}&input={}`, { ...address, cookie: jonas }))
        .status,
    ).toBe(200);
    expect((await call("auth.me,auth.me?batch=1&input={}", address)).status).toBe(401);
    expect((await call("auth.me", address)).status).toBe(429);
  });
});

describe("errors", () => {
  it("tell the client generic words and the request id, never the database's own", async () => {
    const server = await startTestServer({ RUN_WORKER: "false" });
    try {
      await server.ready;
      const cookie = await signIn(server.url, "mads");
      // Break the database under the running server: every case list now fails inside.
      await server.state.database?.sql.exec('ALTER TABLE "case" RENAME TO case_gone');
      const response = await fetch(`${server.url}/trpc/cases.mine`, { headers: { cookie } });
      expect(response.status).toBe(500);
      const requestId = response.headers.get("x-request-id") ?? "";
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const text = await response.text();
      expect(text).toContain(`Fejl-id: ${requestId}`);
      expect(text).not.toMatch(/case_gone|relation|prisma|Prisma|stack|at async/);
      const body = JSON.parse(text) as { error: { json: { data: { requestId: string } } } };
      expect(body.error.json.data.requestId).toBe(requestId);
      // Outside tRPC too: a broken session table fails the request with the id alone.
      await server.state.database?.sql.exec("ALTER TABLE session RENAME TO session_gone");
      const express = await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } });
      expect(express.status).toBe(500);
      const expressBody = (await express.json()) as { error: string; requestId: string };
      expect(expressBody).toEqual({
        error: "Der opstod en fejl på serveren.",
        requestId: express.headers.get("x-request-id"),
      });
      await server.state.database?.sql.exec("ALTER TABLE session_gone RENAME TO session");
      await server.state.database?.sql.exec('ALTER TABLE case_gone RENAME TO "case"');
    } finally {
      await server.cleanup();
    }
  });
});

describe("CPR look-ups over HTTP", () => {
  it("answers 429 with Retry-After past the hourly limit per person, looking nothing up", async () => {
    const server = await startTestServer({ RUN_WORKER: "false", CPR_LOOKUPS_PER_HOUR: "2" });
    try {
      await server.ready;
      const cookie = await signIn(server.url, "mads");
      const register = (cpr: string) =>
        post(server, "/trpc/initiative.registerInitiative", fromApp(server.url, { cookie }), {
          json: { ...registration, citizen: { cpr, name: "Grænse Prøve" } },
        });
      expect((await register("0114801111")).status).toBe(200);
      expect((await register("0114802222")).status).toBe(200);
      const before = await citizens(server);
      const limited = await register("0114803333");
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await citizens(server)).toBe(before);
      // Another person is not held up by it.
      const lene = await signIn(server.url, "lene");
      const other = await post(
        server,
        "/trpc/initiative.registerInitiative",
        fromApp(server.url, { cookie: lene }),
        { json: { ...registration, citizen: { cpr: "0114804444", name: "Grænse Prøve" } } },
      );
      expect(other.status).toBe(200);
    } finally {
      await server.cleanup();
    }
  }, 180_000);
});
