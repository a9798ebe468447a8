import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countRows,
  fromApp,
  signIn,
  startTestServer,
  type TestServer,
  trpcQuery,
} from "./start-test-server";

describe.each(testDatabaseKinds())("the server on %s", (kind) => {
  let server: TestServer;
  let dropDatabase = async () => {};
  let readyzBeforeReady: number;

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (kind === "postgresql") {
      const database = await createEmptyPostgresDatabase();
      env.DATABASE_URL = database.url;
      // Demo mode is off by default on PostgreSQL; this server is a demo on purpose.
      env.DEMO = "true";
      dropDatabase = database.drop;
    }
    // Start-up waits at the gate until /readyz has been asked once.
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    server = await startTestServer(env, undefined, { beforeDatabase: () => gate });
    readyzBeforeReady = (await fetch(`${server.url}/readyz`)).status;
    openGate();
    await server.ready;
  });
  afterAll(async () => {
    await server?.cleanup();
    await dropDatabase();
  });

  it("is not ready until migrations have run, then is", async () => {
    expect(readyzBeforeReady).toBe(503);
    const readyz = await fetch(`${server.url}/readyz`);
    expect(readyz.status).toBe(200);
  });

  it("reports health with the database kind", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: kind });
  });

  it("signs in a demo user with an HttpOnly, SameSite=Lax session cookie", async () => {
    const response = await fetch(`${server.url}/auth/dev-login`, {
      method: "POST",
      headers: fromApp(server.url, { "Content-Type": "application/json" }),
      body: JSON.stringify({ username: "mads" }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^samstemt_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it("refuses unknown users and malformed requests without crashing", async () => {
    const post = (body: string, type = "application/json") =>
      fetch(`${server.url}/auth/dev-login`, {
        method: "POST",
        headers: fromApp(server.url, { "Content-Type": type }),
        body,
      });
    expect((await post(JSON.stringify({ username: "nobody" }))).status).toBe(401);
    expect((await post(JSON.stringify({ name: 42 }))).status).toBe(400);
    expect((await post("{not json")).status).toBe(400);
    expect((await post("username=mads", "application/x-www-form-urlencoded")).status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("serves my cases from the seeded database over /trpc, only to the signed-in", async () => {
    const anonymous = await trpcQuery(server.url, "cases.mine", "");
    expect(anonymous.status).toBe(401);
    const cookie = await signIn(server.url, "mads");
    const { status, data } = await trpcQuery<{ citizenName: string }[]>(
      server.url,
      "cases.mine",
      cookie,
    );
    expect(status).toBe(200);
    expect(data.map((row) => row.citizenName)).toContain("Jannie Krog");
  });

  it("serves the staff app at / and the dashboard at /dashboard/", async () => {
    const web = await fetch(`${server.url}/`);
    expect(web.headers.get("content-type")).toMatch(/text\/html/);
    expect(await web.text()).toContain('<div id="root">');
    const dashboard = await fetch(`${server.url}/dashboard/`);
    expect(await dashboard.text()).toContain("/dashboard/assets/");
    const redirect = await fetch(`${server.url}/dashboard`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
  });

  it("signs out: the cookie no longer opens anything", async () => {
    const cookie = await signIn(server.url, "lene");
    const out = await fetch(`${server.url}/auth/logout`, {
      method: "POST",
      headers: fromApp(server.url, { cookie }),
    });
    expect(out.status).toBe(204);
    expect((await trpcQuery(server.url, "auth.me", cookie)).status).toBe(401);
  });
});

describe("restarting on the same data folder", () => {
  it("keeps the data and neither re-seeds nor duplicates anything", async () => {
    const first = await startTestServer();
    await first.ready;
    const cookie = await signIn(first.url, "hanne");
    const before = await trpcQuery<unknown[]>(first.url, "cases.mine", cookie);
    const citizens = await countRows(first.state.database, "citizen");
    await first.stop();

    const second = await startTestServer({}, first.dataDir);
    try {
      await second.ready;
      expect(await countRows(second.state.database, "citizen")).toBe(citizens);
      // Seeded once each: the demo, and its quarter history for the leader dashboard.
      expect(await countRows(second.state.database, "seed_run")).toBe(2);
      // The session survived too: it lives in the database, not in memory.
      const after = await trpcQuery<unknown[]>(second.url, "cases.mine", cookie);
      expect(after.data).toEqual(before.data);
    } finally {
      await second.cleanup();
    }
  });
});

describe("demo sign-in and real people", () => {
  it("signs in only made-up demo people, never real staff in the same database", async () => {
    const server = await startTestServer();
    try {
      await server.ready;
      // Lars becomes real staff: no longer a made-up demo person.
      await server.state.database?.sql.query("UPDATE person SET demo = false WHERE username = $1", [
        "lars",
      ]);
      const response = await fetch(`${server.url}/auth/dev-login`, {
        method: "POST",
        headers: fromApp(server.url, { "Content-Type": "application/json" }),
        body: JSON.stringify({ username: "lars" }),
      });
      expect(response.status).toBe(401);
      const listed = (await (await fetch(`${server.url}/auth/dev-users`)).json()) as {
        username: string;
      }[];
      expect(listed.map((user) => user.username)).not.toContain("lars");
      expect(listed.map((user) => user.username)).toContain("mads");
    } finally {
      await server.cleanup();
    }
  });
});

describe("guessing sign-ins", () => {
  const attempt = (server: TestServer, username: string, client?: string) =>
    fetch(`${server.url}/auth/dev-login`, {
      method: "POST",
      headers: fromApp(server.url, {
        "Content-Type": "application/json",
        ...(client && { "X-Forwarded-For": client }),
      }),
      body: JSON.stringify({ username }),
    });

  it("answers 429 after too many refused sign-ins for one username from one address; successful and malformed ones do not count", async () => {
    const server = await startTestServer({ SIGN_IN_FAILURES_PER_MINUTE: "3" });
    try {
      await server.ready;
      for (let i = 0; i < 5; i++) expect((await attempt(server, "mads")).status).toBe(200);
      // Malformed requests are no guesses: they do not count either.
      for (let i = 0; i < 4; i++) expect((await attempt(server, "")).status).toBe(400);
      for (let i = 0; i < 3; i++) expect((await attempt(server, "gæt")).status).toBe(401);
      const limited = await attempt(server, "gæt");
      expect(limited.status).toBe(429);
      expect(limited.headers.get("ratelimit-policy")).toMatch(/q=3/);
      expect(await limited.json()).toEqual({
        error: "For mange mislykkede loginforsøg. Vent et minut, og prøv igen.",
      });
      // The same name in other letter case is the same guess.
      expect((await attempt(server, " GÆT ")).status).toBe(429);
      // Only sign-in is limited; the rest of the server still answers.
      expect((await fetch(`${server.url}/auth/dev-users`)).status).toBe(200);
    } finally {
      await server.cleanup();
    }
  });

  it("does not lock out colleagues behind the same address; a far higher cap holds for the address", async () => {
    const server = await startTestServer({
      SIGN_IN_FAILURES_PER_MINUTE: "2",
      SIGN_IN_FAILURES_PER_MINUTE_PER_ADDRESS: "6",
      TRUST_PROXY_HOPS: "1",
    });
    const proxy = "203.0.113.7";
    try {
      await server.ready;
      for (let i = 0; i < 2; i++) expect((await attempt(server, "mads", proxy)).status).toBe(200);
      // Someone guesses "lene2" from the municipality's proxy until that name is stopped…
      for (let i = 0; i < 2; i++) expect((await attempt(server, "lene2", proxy)).status).toBe(401);
      expect((await attempt(server, "lene2", proxy)).status).toBe(429);
      // …while a colleague behind the same proxy signs in as before.
      expect((await attempt(server, "mads", proxy)).status).toBe(200);
      // Many usernames from one address reach the address's own cap (six refused in all).
      for (const name of ["a", "b", "c", "d"]) {
        expect((await attempt(server, name, proxy)).status).toBe(401);
      }
      expect((await attempt(server, "e", proxy)).status).toBe(429);
      expect((await attempt(server, "mads", proxy)).status).toBe(429);
      expect((await attempt(server, "mads", "203.0.113.8")).status).toBe(200);
    } finally {
      await server.cleanup();
    }
  });
});

describe("behind a reverse proxy (TRUST_PROXY_HOPS=1)", () => {
  it("limits each client address the proxy reports, not the proxy itself", async () => {
    const server = await startTestServer({
      SIGN_IN_FAILURES_PER_MINUTE: "2",
      TRUST_PROXY_HOPS: "1",
    });
    const attempt = (client: string, username: string) =>
      fetch(`${server.url}/auth/dev-login`, {
        method: "POST",
        headers: fromApp(server.url, {
          "Content-Type": "application/json",
          "X-Forwarded-For": client,
        }),
        body: JSON.stringify({ username }),
      });
    try {
      await server.ready;
      for (let i = 0; i < 2; i++) expect((await attempt("203.0.113.1", "gæt")).status).toBe(401);
      expect((await attempt("203.0.113.1", "gæt")).status).toBe(429);
      expect((await attempt("203.0.113.2", "gæt")).status).toBe(401);
    } finally {
      await server.cleanup();
    }
  });
});

describe("demo sign-in outside demo mode", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: "production" });
    await server.ready;
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("is refused with 404 when NODE_ENV=production and DEMO is not set", async () => {
    const response = await fetch(`${server.url}/auth/dev-login`, {
      method: "POST",
      headers: fromApp(server.url, { "Content-Type": "application/json" }),
      body: JSON.stringify({ username: "mads" }),
    });
    expect(response.status).toBe(404);
    expect((await fetch(`${server.url}/auth/dev-users`)).status).toBe(404);
    // …and no demo data was seeded either.
    expect(await countRows(server.state.database, "person")).toBe(0);
  });
});
