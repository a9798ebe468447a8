import type { Database } from "@samstemt/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "../test/oidc/test-provider";
import { startTestServer, type TestServer } from "../test/start-test-server";
import { accessibilityViolations, chromiumPath, launchChromium, screenshot } from "./chromium";
import { signInAtProvider } from "./provider-sign-in";

// Issue 10: OpenID Connect sign-in end to end in Chromium, against a real provider
// (oidc-provider) started here on loopback.

const executablePath = chromiumPath();

function oidcEnv(provider: TestProvider): Record<string, string> {
  return {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_ALLOW_HTTP: "true",
    OIDC_SCOPES: "openid profile samstemt",
    // The mapping is configuration: this provider's groups and organisation claims.
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ROLE_MAP: "Samstemt.Medarbejder=staff,Samstemt.Leder=leader",
    OIDC_ORGANISATION_CLAIM: "org",
  };
}

const accounts = [
  {
    id: "mitid-erhverv-4711",
    claims: { name: "Mads Østergaard", groups: ["Samstemt.Medarbejder"], org: "Holstebro Kommune" },
  },
  {
    id: "mitid-erhverv-0815",
    claims: {
      name: "Mads med forkert rolle",
      groups: ["Samstemt.Leder"],
      org: "Holstebro Kommune",
    },
  },
];

async function auditActions(database: Database, action: string) {
  return database.sql.query<{ person_id: string | null; details: Record<string, string> }>(
    "SELECT person_id, details FROM audit_entry WHERE action = $1 ORDER BY id",
    [action],
  );
}

/** Made-up people of the demo, in a server without the demo sign-in: real staff here. */
async function seedPeople(server: TestServer): Promise<Database> {
  const database = server.state.database;
  if (!database) throw new Error("no database");
  const { seedDemoData } = await import("@samstemt/db/seed");
  await seedDemoData(database);
  await database.sql.query("UPDATE person SET subject = $1 WHERE username = 'mads'", [
    "mitid-erhverv-4711",
  ]);
  await database.sql.query("UPDATE person SET subject = $1 WHERE username = 'ali'", [
    "mitid-erhverv-0815",
  ]);
  return database;
}

describe.skipIf(!executablePath)("OpenID Connect sign-in in a real browser", () => {
  let provider: TestProvider;
  let server: TestServer;
  let database: Database;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestProvider(accounts);
    server = await startTestServer({ ...oidcEnv(provider), DEMO: "false", RUN_WORKER: "false" });
    await server.ready;
    provider.setApp(server.url);
    database = await seedPeople(server);
    browser = await launchChromium(executablePath as string);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.cleanup();
    await provider?.stop();
  });

  it("signs in through the provider and lands in the app as the mapped person", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    // Opening the app without a session goes to the provider, then back to the page asked for.
    await page.goto(`${server.url}/sager`);
    await page.locator('input[name="login"]').waitFor();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await signInAtProvider(page, "mitid-erhverv-4711");
    await page.getByText("Logget ind som Mads Østergaard").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sager");
    await screenshot(page, "oidc-signed-in");
    const me = await page.request.get(`${server.url}/trpc/auth.me`);
    expect(me.status()).toBe(200);
    expect(await me.text()).toContain("Mads Østergaard");
    const signIns = await auditActions(database, "auth.sign-in");
    expect(signIns.at(-1)?.details).toEqual({ method: "oidc" });

    // Sign-out ends both sessions: Samstemt's on the server, and the provider's.
    await page.goto(`${server.url}/auth/logout`);
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await page.getByRole("heading", { name: "Du er logget ud" }).waitFor();
    expect((await page.request.get(`${server.url}/trpc/auth.me`)).status()).toBe(401);
    expect((await auditActions(database, "auth.sign-out")).at(-1)?.details).toEqual({
      method: "oidc",
    });
    await screenshot(page, "oidc-signed-out");
    expect(await accessibilityViolations(page)).toEqual([]);
    // The provider asks for the login again: its session ended too.
    await page.getByRole("link", { name: "Log ind igen" }).click();
    await page.locator('input[name="login"]').waitFor();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.close();
  });

  it("shows a person unknown to Samstemt a clear page, and lets nobody in", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(`${server.url}/auth/login`);
    await signInAtProvider(page, "someone-not-in-samstemt");
    await page.getByRole("heading", { name: "Du kan ikke logge ind i Samstemt" }).waitFor();
    await expect(page.getByText("ikke oprettet som bruger i Samstemt").isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText("not set up as a user of Samstemt").isVisible()).resolves.toBe(
      true,
    );
    await screenshot(page, "oidc-unknown-person");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await page.request.get(`${server.url}/trpc/auth.me`)).status()).toBe(401);
    const refused = await auditActions(database, "auth.sign-in.refused");
    expect(refused.at(-1)?.details).toEqual({ method: "oidc", reason: "unknown-person" });
    await page.close();
  });

  it("refuses a known person whose provider role disagrees with Samstemt's", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(`${server.url}/auth/login`);
    await signInAtProvider(page, "mitid-erhverv-0815");
    await page.getByRole("heading", { name: "Du kan ikke logge ind i Samstemt" }).waitFor();
    await expect(page.getByText("ikke den rolle").isVisible()).resolves.toBe(true);
    expect((await page.request.get(`${server.url}/trpc/auth.me`)).status()).toBe(401);
    await page.close();
  });

  it("has no demo sign-in beside it", async () => {
    expect((await fetch(`${server.url}/auth/dev-users`)).status).toBe(404);
  });
});

describe("a production server", () => {
  let provider: TestProvider;
  let server: TestServer;
  beforeAll(async () => {
    provider = await startTestProvider(accounts);
    server = await startTestServer({
      ...oidcEnv(provider),
      NODE_ENV: "production",
      RUN_WORKER: "false",
    });
    await server.ready;
    provider.setApp(server.url);
  });
  afterAll(async () => {
    await server?.cleanup();
    await provider?.stop();
  });

  it("has no demo sign-in at all, and sends people to the provider", async () => {
    const origin = new URL(server.url).origin;
    const demo = await fetch(`${server.url}/auth/dev-login`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: origin },
      body: JSON.stringify({ username: "mads" }),
    });
    expect(demo.status).toBe(404);
    expect((await fetch(`${server.url}/auth/dev-users`)).status).toBe(404);
    const page = await fetch(`${server.url}/`, {
      headers: { Accept: "text/html" },
      redirect: "manual",
    });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/auth/login?returnTo=%2F");
    const login = await fetch(`${server.url}/auth/login`, { redirect: "manual" });
    expect(login.status).toBe(302);
    const to = new URL(login.headers.get("location") ?? "");
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get("code_challenge_method")).toBe("S256");
    expect(to.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get("state")).toBeTruthy();
    expect(to.searchParams.get("nonce")).toBeTruthy();
    // The flow cookie is Secure in production.
    expect(login.headers.get("set-cookie")).toMatch(/samstemt_oidc=.*Secure/);
  });
});
