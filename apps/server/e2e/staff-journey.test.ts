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

  it("R1, R2, R5: a staff member registers an initiative, with errors above the heading and a check-your-answers step", async () => {
    await signInAs(page, "jonas");
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Nyt initiativ" })
      .click();
    await page.getByRole("heading", { name: "Registrér et initiativ", level: 1 }).waitFor();
    await expectAccessible(page);
    // Nothing filled in: the error summary comes first, takes focus and links to each field.
    await page.getByRole("button", { name: "Fortsæt" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Der er et problem" });
    await summary.waitFor();
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await summary.getByRole("link", { name: "Skriv borgerens CPR-nummer som 10 cifre." }).click();
    await expect(
      page.getByLabel("CPR-nummer").evaluate((element) => element === document.activeElement),
    ).resolves.toBe(true);
    await screenshot(page, "journey-initiative-errors");
    await expectAccessible(page);

    await page.getByLabel("Borgerens fulde navn").fill("Rasmus Testrup");
    await page.getByLabel("CPR-nummer").fill("3111905678"); // 31 November: no such date
    await page.getByLabel("Selvskade").check();
    await page.getByLabel("Andet").check();
    await page.getByLabel("Tager imod hjælp", { exact: true }).check();
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await summary.getByRole("link", { name: /Skriv et gyldigt CPR-nummer/ }).waitFor();
    await summary.getByRole("link", { name: "Uddyb begrundelsen »Andet« i teksten." }).waitFor();
    // What was typed is kept.
    expect(await page.getByLabel("Borgerens fulde navn").inputValue()).toBe("Rasmus Testrup");
    await page.getByLabel("CPR-nummer").fill("2815904321");
    await page.getByLabel("Uddybning").fill("Mange korte indlæggelser og ingen fast kontakt.");
    await page.getByRole("button", { name: "Fortsæt" }).click();

    await page
      .getByRole("heading", { name: "Tjek dine svar, før du registrerer initiativet" })
      .waitFor();
    expect(new URL(page.url()).search).toBe("?trin=kontrol");
    await screenshot(page, "journey-initiative-check");
    await expectAccessible(page);
    // "Ret" goes back to the field, with everything kept.
    await page.getByRole("button", { name: "Ret borgerens fulde navn" }).click();
    const name = page.getByLabel("Borgerens fulde navn");
    await expect(name.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await name.fill("Rasmus Testrup Holm");
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await page.getByText("Rasmus Testrup Holm").waitFor();
    await page.getByRole("button", { name: "Registrér initiativet" }).click();

    await page.getByRole("heading", { name: /Rasmus Testrup Holm/, level: 1 }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "Initiativet er registreret og sendt til din leder." })
      .waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(
      "Initiativ taget",
    );
    await screenshot(page, "journey-initiative-registered");
    await expectAccessible(page);
  });

  it("R3: an initiative for a citizen who rejects all help is kept as excluded, with the alternatives", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Nyt initiativ" })
      .click();
    await page.getByLabel("Borgerens fulde navn").fill("Erik Afvisersen");
    await page.getByLabel("CPR-nummer").fill("271690-5555");
    await page.getByLabel("Misbrug").check();
    await page.getByLabel("Afviser al hjælp").check();
    await page.getByText("kan samarbejdsmodellen ikke bruges (R3)").waitFor();
    await page.getByRole("button", { name: "Fortsæt" }).click();
    const r3 = page.getByRole("region", { name: "Samarbejdsmodellen kan ikke bruges (R3)" });
    await r3.getByText("PSP-samarbejdet").waitFor();
    await r3.getByText("psykiatrilovens § 13 b").waitFor();
    await screenshot(page, "journey-initiative-r3-check");
    await page.getByRole("button", { name: "Registrér som ikke omfattet (R3)" }).click();
    await page.getByRole("heading", { name: /Erik Afvisersen/, level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Ikke omfattet");
    await page
      .getByRole("region", { name: "Samarbejdsmodellen kan ikke bruges (R3)" })
      .getByText("PSP-samarbejdet")
      .waitFor();
    await screenshot(page, "journey-initiative-r3-case");
    await expectAccessible(page);
  });
});
