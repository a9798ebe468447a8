import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, launchChromium, screenshot } from "./chromium";
import { type ServerProcess, startServerProcess } from "./server-process";

const executablePath = chromiumPath();

/** Signs out whoever is signed in, then in as `username` (demo sign-in). */
async function signInAs(page: Page, username: string) {
  const signOut = page.getByRole("button", { name: "Log ud" });
  await signOut.or(page.getByLabel("Bruger")).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel("Bruger").selectOption(username);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("button", { name: "Log ud" }).waitFor();
}

/** axe-core's WCAG 2.1 A/AA rules: none broken. */
async function expectAccessible(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

// Issue 9 in a real browser, on the demo's "Anja Lykke" case: Jonas (region, coordinator),
// Mads (Holstebro Kommune) and Lars (the GP) are the team; Hanne leads Jonas's unit.
describe.skipIf(!executablePath)(
  "consent, change notices and closing in a real browser (issue 9)",
  () => {
    let server: ServerProcess;
    let browser: Browser;
    let page: Page;
    let caseUrl = "";

    beforeAll(async () => {
      server = await startServerProcess();
      browser = await launchChromium(executablePath as string);
      page = await browser.newPage({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
      page.on("pageerror", (error) => console.error("page error:", error.message));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.terminate();
    });

    const openCase = async (username: string) => {
      await page.goto(caseUrl);
      await signInAs(page, username);
      await page.getByRole("heading", { name: /Anja Lykke/, level: 1 }).waitFor();
    };

    it("R4: the coordinator records consent for two organisations; a missing choice is named first", async () => {
      await page.goto(`${server.url}/sager`);
      await signInAs(page, "jonas");
      await page.getByRole("link", { name: "Anja Lykke" }).click();
      await page.getByRole("heading", { name: /Anja Lykke/, level: 1 }).waitFor();
      caseUrl = page.url();
      const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
      // No consent yet: every organisation is told why information may not flow.
      await consent.getByText("Der er ikke registreret noget samtykke på sagen.").first().waitFor();
      const form = consent.getByRole("region", { name: "Registrér samtykke" });
      await form.getByLabel("Holstebro Kommune").uncheck();
      await form.getByLabel("Lægehuset Nørregade, Holstebro").uncheck();
      await form.getByRole("button", { name: "Registrér samtykke" }).click();
      const summary = page.getByRole("alert").filter({ hasText: "Vælg mindst to organisationer." });
      await summary.first().waitFor();
      await expectAccessible(page);
      await form.getByLabel("Holstebro Kommune").check();
      await form.getByRole("radio", { name: "Skriftligt", exact: true }).check();
      await form.getByRole("button", { name: "Registrér samtykke" }).click();
      await page.getByRole("status").filter({ hasText: "Samtykket er registreret." }).waitFor();
      const gpRow = consent.getByRole("row", { name: /Lægehuset Nørregade/ });
      await gpRow.getByText("Samtykket omfatter ikke denne organisation.").waitFor();
      await consent
        .getByRole("row", { name: /Holstebro Kommune/ })
        .getByText(/Ja – med Regionspsykiatrien Vest/)
        .waitFor();
      await screenshot(page, "issue9-consent-recorded");
      await expectAccessible(page);
    });

    it("R4: the GP, outside the consent, sees the reduced view with a plain explanation", async () => {
      await openCase("lars");
      const reduced = page.getByRole("region", { name: "Du ser en begrænset udgave af sagen" });
      await reduced.getByText(/omfatter ikke Lægehuset Nørregade/).waitFor();
      await reduced.getByText(/tal med tovholderen eller borgeren/).waitFor();
      // The consent itself is held back too; whom to ask is named.
      await page
        .getByText(/^Vises ikke: borgerens samtykke/)
        .first()
        .waitFor();
      await screenshot(page, "issue9-reduced-view");
      await expectAccessible(page);
    });

    it("R13: Mads notifies a change; Jonas and Lars acknowledge it from Mine opgaver", async () => {
      await openCase("mads");
      const notices = page.getByRole("region", { name: "Ændringer i indsatsen (R13)" });
      await notices.getByRole("button", { name: "Send til teamet" }).click();
      await page.getByRole("alert").filter({ hasText: "Beskriv ændringen." }).first().waitFor();
      await notices
        .getByLabel("Hvad ændres, og hvad betyder det for samarbejdet?")
        .fill("Bostøtten går fra tre til to besøg om ugen fra næste måned.");
      await notices.getByRole("button", { name: "Send til teamet" }).click();
      await page.getByRole("status").filter({ hasText: "Ændringen er sendt." }).waitFor();
      await notices.getByText("Lars Holm – venter siden i dag").waitFor();
      await notices.getByText("Jonas Bech – venter siden i dag").waitFor();
      await screenshot(page, "issue9-change-notice");
      await expectAccessible(page);

      for (const username of ["jonas", "lars"]) {
        await page.goto(server.url);
        await signInAs(page, username);
        await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
        await page.getByRole("link", { name: /Kvittér for en ændring.*Anja Lykke/ }).click();
        await page.getByRole("heading", { name: /Anja Lykke/, level: 1 }).waitFor();
        await page.getByRole("button", { name: "Kvittér for ændringen" }).click();
        await page.getByRole("status").filter({ hasText: "Du har kvitteret" }).waitFor();
      }
      await page.getByText("Alle har kvitteret.").waitFor();
      await expectAccessible(page);
    });

    it("R4: Mads records that the consent was withdrawn, after a confirmation", async () => {
      await openCase("mads");
      const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
      await consent.getByRole("button", { name: /^Registrér tilbagetrækning/ }).click();
      await consent.getByRole("button", { name: "Ja, registrér tilbagetrækning" }).click();
      await page
        .getByRole("status")
        .filter({ hasText: "Tilbagetrækningen er registreret." })
        .waitFor();
      await consent
        .getByRole("row", { name: /Regionspsykiatrien Vest/ })
        .getByText("Samtykket er trukket tilbage.")
        .waitFor();
      await expectAccessible(page);
    });

    it("closing: a leader closes with a reason after confirmation; the case is read-only, filtered in Mine sager and found by search", async () => {
      await openCase("hanne");
      const closing = page.getByRole("region", { name: "Luk sagen" });
      await closing.getByLabel("Andet").check();
      await closing.getByRole("button", { name: "Luk sagen" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: "Skriv, hvorfor sagen lukkes." })
        .first()
        .waitFor();
      await closing.getByLabel("Borgeren er flyttet").check();
      await closing.getByRole("button", { name: "Luk sagen" }).click();
      await closing
        .getByText("Luk sagen for Anja Lykke med årsagen »Borgeren er flyttet«?")
        .waitFor();
      await expectAccessible(page);
      await closing.getByRole("button", { name: "Ja, luk sagen" }).click();
      await page.getByRole("status").filter({ hasText: "Sagen er lukket." }).waitFor();
      await page
        .getByRole("region", { name: "Sagen er lukket" })
        .getByText("Årsag: Borgeren er flyttet")
        .waitFor();
      // Read-only: no step is offered any more.
      expect(await page.getByRole("button", { name: "Send til teamet" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Registrér samtykke" }).count()).toBe(0);
      await screenshot(page, "issue9-closed");
      await expectAccessible(page);

      await signInAs(page, "jonas");
      await page.goto(`${server.url}/sager`);
      await page.getByRole("heading", { name: "Mine sager", level: 1 }).waitFor();
      await page.getByRole("link", { name: "Jannie Krog" }).waitFor();
      expect(await page.getByRole("link", { name: "Anja Lykke" }).count()).toBe(0);
      await page.getByLabel(/Vis også lukkede sager/).check();
      await page.getByRole("link", { name: "Anja Lykke" }).waitFor();
      await expectAccessible(page);
      await page.goto(`${server.url}/soeg?q=Anja`);
      await page
        .getByRole("link", { name: /Anja Lykke/ })
        .first()
        .waitFor();
    });
  },
);
