import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, launchChromium, screenshot } from "./chromium";
import { type ServerProcess, startServerProcess } from "./server-process";

const executablePath = chromiumPath();

/** Signs out whoever is signed in, then in as `username` (demo sign-in). */
async function signInAs(page: Page, username: string) {
  const signOut = page.getByRole("button", { name: "Log ud" });
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel("Bruger").selectOption(username);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("button", { name: "Log ud" }).waitFor();
}

async function expectAccessible(page: Page) {
  const serious = (await accessibilityViolations(page)).filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(serious).toEqual([]);
}

const isFocused = (locator: ReturnType<Page["getByRole"]>) =>
  locator.evaluate((element) => element === document.activeElement);

describe.skipIf(!executablePath)("the staff app's journey in a real browser (issue 8)", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium(executablePath as string);
    page = await browser.newPage({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.terminate();
  });

  it("opens a bookmarked address after sign-in: /sager lists the person's cases", async () => {
    await page.goto(`${server.url}/sager`);
    await page.getByRole("heading", { name: "Log ind" }).waitFor();
    await signInAs(page, "mads");
    await page.getByRole("heading", { name: "Mine sager", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sager");
    await page.getByRole("link", { name: "Jannie Krog" }).waitFor();
    const current = page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", {
      name: "Mine sager",
    });
    expect(await current.getAttribute("aria-current")).toBe("page");
    await screenshot(page, "journey-my-cases");
    await expectAccessible(page);
  });

  it("shows the case page: status, R9 deadline in words, coordinator, team, timeline", async () => {
    await page.getByRole("link", { name: "Jannie Krog" }).click();
    const heading = page.getByRole("heading", { name: /Jannie Krog/, level: 1 });
    await heading.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/sager\/[0-9a-f-]{36}$/);
    // Focus moves to the new page's heading (WCAG 2.4.3).
    await expect(isFocused(heading)).resolves.toBe(true);
    expect(await heading.textContent()).toContain("Aktiv");
    // Jannie Krog's initiative was 27 days ago: the deadline is within 7 days, said in words.
    await page.getByText("Frist nærmer sig").first().waitFor();
    const team = page.getByRole("region", { name: "Team" });
    await team.getByRole("rowheader", { name: /Mads Østergaard.*Tovholder/ }).waitFor();
    await team
      .getByRole("link", { name: "mads@demo.samstemt.invalid" })
      .waitFor({ timeout: 2000 })
      .catch(() => {});
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    await timeline.getByText("Samarbejdsmodellen aktiveret").waitFor();
    await timeline.getByText("Initiativ registreret").waitFor();
    await screenshot(page, "journey-case-page");
    await expectAccessible(page);
    // The address can be shared: reloading it shows the same case.
    await page.reload();
    await page.getByRole("heading", { name: /Jannie Krog/, level: 1 }).waitFor();
    // Back goes back.
    await page.goBack();
    await page.getByRole("heading", { name: "Mine sager", level: 1 }).waitFor();
  });

  it("says 'not found' for a case the person may not see, without revealing it", async () => {
    await page.goto(`${server.url}/sager/00000000-0000-4000-8000-000000000000`);
    await page.getByRole("heading", { name: "Sagen findes ikke" }).waitFor();
    await page.goto(`${server.url}/findes-ikke`);
    await page.getByRole("heading", { name: "Siden findes ikke" }).waitFor();
  });
});
