import type { Database } from "@samstemt/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestProvider, type TestProvider } from "../test/oidc/test-provider";
import { startTestServer, type TestServer } from "../test/start-test-server";
import { accessibilityViolations, chromiumPath, launchChromium, screenshot } from "./chromium";
import { signInAtProvider } from "./provider-sign-in";

// Issue 10, the apps' own buttons: the header's "Log ud" (a form POST to /auth/logout) ends
// the login service's session too after an OpenID Connect sign-in, and an app page without
// the demo sign-in offers a "Log ind" link to /auth/login instead of the demo's user list.

const executablePath = chromiumPath();

describe.skipIf(!executablePath)("the apps' sign-in and sign-out without the demo", () => {
  let provider: TestProvider;
  let oidcServer: TestServer;
  let plainServer: TestServer;
  let database: Database;
  let browser: Browser;

  beforeAll(async () => {
    provider = await startTestProvider([
      {
        id: "mitid-erhverv-4711",
        claims: {
          name: "Mads Østergaard",
          groups: ["Samstemt.Medarbejder"],
          org: "Holstebro Kommune",
        },
      },
    ]);
    oidcServer = await startTestServer({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_ALLOW_HTTP: "true",
      OIDC_SCOPES: "openid profile samstemt",
      OIDC_ROLE_CLAIM: "groups",
      OIDC_ROLE_MAP: "Samstemt.Medarbejder=staff,Samstemt.Leder=leader",
      OIDC_ORGANISATION_CLAIM: "org",
      DEMO: "false",
      RUN_WORKER: "false",
    });
    await oidcServer.ready;
    provider.setApp(oidcServer.url);
    const db = oidcServer.state.database;
    if (!db) throw new Error("no database");
    database = db;
    const { seedDemoData } = await import("@samstemt/db/seed");
    await seedDemoData(database);
    await database.sql.query("UPDATE person SET subject = $1 WHERE username = 'mads'", [
      "mitid-erhverv-4711",
    ]);
    // No demo and no login service configured: nothing sends a page to the provider first.
    plainServer = await startTestServer({ DEMO: "false", RUN_WORKER: "false" });
    await plainServer.ready;
    browser = await launchChromium(executablePath as string);
  });
  afterAll(async () => {
    await browser?.close();
    await oidcServer?.cleanup();
    await plainServer?.cleanup();
    await provider?.stop();
  });

  it("the header's Log ud ends Samstemt's session and the provider's", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(`${oidcServer.url}/sager`);
    await signInAtProvider(page, "mitid-erhverv-4711");
    await page.getByText("Logget ind som Mads Østergaard").waitFor();
    const signOut = page.getByRole("button", { name: "Log ud" });
    expect(
      await signOut.evaluate((button) => {
        const form = (button as HTMLButtonElement).form;
        return form ? `${form.method} ${new URL(form.action).pathname}` : null;
      }),
    ).toBe("post /auth/logout");
    await signOut.click();
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await page.getByRole("heading", { name: "Du er logget ud" }).waitFor();
    expect((await page.request.get(`${oidcServer.url}/trpc/auth.me`)).status()).toBe(401);
    // The provider asks for the login again: its session ended too.
    await page.getByRole("link", { name: "Log ind igen" }).click();
    await page.locator('input[name="login"]').waitFor();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await page.close();
  });

  it("offers a Log ind link to the login service when the server has no demo", async () => {
    const page = await browser.newPage({ locale: "da-DK" });
    await page.goto(`${plainServer.url}/dashboard/?visning=moeder`);
    const link = page.getByRole("link", { name: "Log ind", exact: true });
    await link.waitFor();
    expect(await page.getByLabel("Bruger").count()).toBe(0);
    const href = new URL((await link.getAttribute("href")) as string, plainServer.url);
    expect(href.pathname).toBe("/auth/login");
    expect(href.searchParams.get("returnTo")).toBe("/dashboard/?visning=moeder");
    await screenshot(page, "sign-in-without-demo");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
