// Finding one's way and plain Danish, page by page: every part of a case at its own address,
// every dashboard view with its own title, the menus linking the two apps both ways, and on
// every screen no rule id, no machine quarter label, no thing with two names or said twice.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, screenshot } from "./chromium";
import type { ServerProcess } from "./server-process";
import {
  closeStaffBrowser,
  expectAccessible,
  openCasePart,
  openStaffBrowser,
  signInAs,
} from "./staff-browser";

const executablePath = chromiumPath();

/** Everything a person can read on the page: its text, the choices in lists, chart labels. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, not print-only or hidden text
      document.body.innerText,
      ...Array.from(document.querySelectorAll("option"), (option) => option.textContent ?? ""),
      ...Array.from(document.querySelectorAll("svg text"), (label) => label.textContent ?? ""),
    ].join("\n"),
  );
}

/** What staff should never read: rule ids, "2026-Q4", the words this product replaced. */
async function expectPlainDanish(page: Page): Promise<string> {
  const text = await visibleText(page);
  expect(text).not.toMatch(/\((R|F|M)\d+/);
  expect(text).not.toMatch(/\b\d{4}-Q[1-4]\b/);
  expect(text).not.toMatch(/\bQ[1-4] \d{4}\b/);
  expect(text).not.toMatch(/organisatoriske aftale/i);
  expect(text).not.toMatch(/afsluttet|afsluttede/i);
  expect(text).not.toMatch(/\(uden borgeren\)/);
  expect(text).not.toMatch(/\(registreret af\)/);
  expect(text).not.toMatch(/Lægehuset Nørregade, Lægehuset Nørregade/);
  // One thing, one number: "1 samarbejdsmøde", never "1 samarbejdsmøder".
  expect(text).not.toMatch(/(^|[^\d.,])1 (samarbejdsmøder|møder|sager|dage|aktive|afgjorte)\b/);
  return text;
}

describe.skipIf(!executablePath)(
  "finding one's way, in plain Danish (staff app and dashboard)",
  () => {
    let server: ServerProcess;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      ({ server, browser, page } = await openStaffBrowser(executablePath as string));
    });
    afterAll(() => closeStaffBrowser({ server, browser }));

    it("walks every part of a case, each at its own address and title, in plain Danish", async () => {
      // Anja Lykke: Jonas coordinates; a preparatory and two collaboration meetings were held.
      await page.goto(`${server.url}/sager`);
      await signInAs(page, "jonas");
      await page.getByRole("link", { name: "Anja Lykke" }).click();
      const heading = page.getByRole("heading", { name: /Anja Lykke/, level: 1 });
      await heading.waitFor();
      const caseUrl = page.url();
      // What waits in another part is named on the overview, with a link straight there.
      await page
        .getByRole("region", { name: "Det kan du gøre nu" })
        .getByRole("link", { name: "Planlæg et møde" })
        .waitFor();
      await expectPlainDanish(page);
      await screenshot(page, "danish-case-overview");
      await expectAccessible(page);

      const parts = [
        ["Team", "team"],
        ["Møder", "moeder"],
        ["Samarbejdsaftaler", "aftaler"],
        ["Samtykke", "samtykke"],
        ["Ændringer i indsatsen", "aendringer"],
        ["Tidslinje", "tidslinje"],
      ] as const;
      const titles = new Set([await page.title()]);
      for (const [name, path] of parts) {
        await openCasePart(page, name);
        expect(new URL(page.url()).pathname).toBe(`${new URL(caseUrl).pathname}/${path}`);
        expect(await page.title()).toBe(`${name} – Anja Lykke – Samstemt`);
        titles.add(await page.title());
        await expectPlainDanish(page);
        await screenshot(page, `danish-case-${path}`);
        await expectAccessible(page);
      }
      expect(titles.size).toBe(parts.length + 1);

      // A bookmark opens the part one works on: straight to the meetings.
      await page.goto(`${caseUrl}/moeder`);
      const meetings = page.getByRole("region", { name: "Møder" });
      await meetings.waitFor();
      const text = await expectPlainDanish(page);
      // A held meeting says the citizen was invited; a preparatory one is simply "Formøde".
      await meetings.getByText("Borgeren var inviteret").first().waitFor();
      await meetings.getByText("Formøde", { exact: true }).first().waitFor();
      expect(text).not.toContain("Borgeren inviteres\n");
      // The rule is named only for those who ask: folded away under "Om reglen".
      const schedule = page.getByRole("region", { name: "Planlæg et møde" });
      const aboutRule = schedule.getByText("Om reglen");
      const ruleText = schedule.getByText(/Samarbejdsmodellens regel R8/);
      expect(await ruleText.isVisible()).toBe(false);
      await aboutRule.click();
      await ruleText.waitFor();
      await expectAccessible(page);
      // The old address of an agreement still works.
      await page.goto(`${caseUrl}/aftaler/organisational`);
      await page
        .getByRole("heading", { name: /Samarbejdsaftale – Ledere & Team/, level: 1 })
        .waitFor();
      await expectPlainDanish(page);
      await screenshot(page, "danish-agreement-organisational");
      await page.goto(`${caseUrl}/aftaler/citizen`);
      await page
        .getByRole("heading", { name: /Samarbejdsaftale – Borger\/patient & Team/, level: 1 })
        .waitFor();
      await expectPlainDanish(page);
    }, 240_000);

    it("shows no rule id on the other pages of the staff app, Danish or English", async () => {
      for (const [path, title] of [
        ["/", "Mine opgaver"],
        ["/sager", "Mine sager"],
        ["/ny", "Registrér et initiativ"],
        ["/soeg?q=Anja", "Søg efter en borger"],
        ["/notifikationer", "Notifikationer"],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole("heading", { name: title, level: 1 }).waitFor();
        await expectPlainDanish(page);
      }
      // The initiative form's reason, once as plain words.
      await page.goto(`${server.url}/ny`);
      await page.getByText("Hvorfor skal borgeren med i samarbejdsmodellen?").waitFor();
      await page.getByLabel("Sprog").selectOption("en");
      await page.getByRole("heading", { name: "Register an initiative", level: 1 }).waitFor();
      expect(await visibleText(page)).not.toMatch(/\((R|F|M)\d+/);
      await page.getByLabel("Language").selectOption("da");
    });

    it("takes a leader from the staff app to the dashboard and back from the menus", async () => {
      await page.goto(`${server.url}/`);
      await signInAs(page, "hanne");
      await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
      // An invitation names who asks once, not their organisation twice.
      await expectPlainDanish(page);
      await page
        .getByRole("navigation", { name: "Hovedmenu" })
        .getByRole("link", { name: "Ledelsesoverblik" })
        .click();
      await page.getByTestId("review-title").waitFor();
      expect(new URL(page.url()).pathname).toBe("/dashboard/");

      const nav = page.getByRole("navigation", { name: "Ledelsesoverblik" });
      const views = [
        ["Kvartalstal", "figures"],
        ["Ledermøder", "meetings"],
        ["Kvartalsrapporter", "reports"],
      ] as const;
      const titles = new Set<string>();
      for (const [name, view] of views) {
        await nav.getByRole("link", { name }).click();
        await page
          .getByRole("heading", { name: view === "figures" ? /^Overblik for/ : name, level: 1 })
          .waitFor();
        expect(await nav.getByRole("link", { name }).getAttribute("aria-current")).toBe("page");
        expect(await page.title()).toBe(`${name} – Ledelsesoverblik – Samstemt`);
        titles.add(await page.title());
        if (view === "figures") {
          await page.getByTestId("review-title").waitFor();
          await page.locator(".trend-chart svg text").first().waitFor();
          // Chart axes name quarters in Danish too.
          const ticks = await page.locator(".trend-chart svg text").allTextContents();
          expect(ticks.some((tick) => /^[1-4]\. kvt\. \d{4}$/.test(tick.trim()))).toBe(true);
          // The quarter in the heading and in the choice list, in Danish.
          expect(await page.getByTestId("review-title").textContent()).toMatch(
            /[1-4]\. kvartal \d{4}/,
          );
        }
        await expectPlainDanish(page);
        await screenshot(page, `danish-dashboard-${view}`);
        const serious = (await accessibilityViolations(page)).filter(
          (v) => v.impact === "serious" || v.impact === "critical",
        );
        expect(serious).toEqual([]);
      }
      expect(titles.size).toBe(views.length);

      await page
        .getByRole("navigation", { name: "Ledelsesoverblik" })
        .getByRole("link", { name: "Koordinering" })
        .click();
      await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
    }, 240_000);

    it("gives an analyst the exports from the staff app's menu, titled, quarters in Danish", async () => {
      await signInAs(page, "rikke");
      await page
        .getByRole("navigation", { name: "Hovedmenu" })
        .getByRole("link", { name: "Udtræk" })
        .click();
      await page.getByRole("heading", { name: "Bestil et udtræk" }).waitFor();
      expect(await page.title()).toBe("Udtræk – Samstemt");
      const text = await expectPlainDanish(page);
      expect(text).toMatch(/[1-4]\. kvartal \d{4}/);
      await screenshot(page, "danish-dashboard-exports");
      await page
        .getByRole("navigation", { name: "Ledelsesoverblik" })
        .getByRole("link", { name: "Koordinering" })
        .waitFor();
    });

    it("staff without a dashboard see no link to it", async () => {
      await page.goto(`${server.url}/`);
      await signInAs(page, "mads");
      await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
      const menu = page.getByRole("navigation", { name: "Hovedmenu" });
      expect(await menu.getByRole("link", { name: "Ledelsesoverblik" }).count()).toBe(0);
    });
  },
);
