// R12 in a real browser: a leader opens the quarterly review, picks a quarter, sees the
// figures, drills down to the cases that missed the R9 deadline, and prints it on A4; records
// a review meeting through a check-your-answers step and prints the record.
import { PDFParse } from "pdf-parse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, launchChromium, screenshot } from "./chromium";
import { type ServerProcess, startServerProcess } from "./server-process";

const executablePath = chromiumPath();

/** The quarter of an instant, close enough to Danish time away from quarter boundaries. */
function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

describe.skipIf(!executablePath)("the leader dashboard in a real browser (R12)", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  // Demo: Morten Juhl's initiative was 70 days before the seed; his first meeting came late.
  const missedQuarter = quarterOf(new Date(Date.now() - 39 * 86_400_000));
  const seriousOnly = (violations: Awaited<ReturnType<typeof accessibilityViolations>>) =>
    violations.filter((v) => v.impact === "serious" || v.impact === "critical");

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchChromium(executablePath as string);
    page = await browser.newPage({ locale: "da-DK", viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.terminate();
  });

  it("signs a leader in and shows the current quarter's review", async () => {
    await page.goto(`${server.url}/dashboard/`);
    await page.getByLabel("Bruger").selectOption("lene");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByTestId("review-title").waitFor();
    // Whose figures: the page's one heading (the old summary block's, kept).
    await page
      .getByRole("heading", {
        name: "Overblik for Socialpsykiatri og Bostøtte, Holstebro Kommune",
        level: 1,
      })
      .waitFor();
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    await page.getByRole("heading", { name: "Siden sidste kvartal" }).waitFor();
    // Today's cases by status, each a link to its cases, and the open deadlines (R9).
    const statuses = page.getByTestId("status-figures");
    await statuses.locator('[data-figure="activeNow"] a').waitFor();
    expect(await statuses.locator("[data-figure]").count()).toBe(6);
    await page.getByTestId("deadline-figures").locator('[data-figure="deadlineOpen"]').waitFor();
    await page.getByRole("heading", { name: "Udvikling over 8 kvartaler" }).waitFor();
    // Eight quarters in each trend table, a chart beside each.
    const table = page.getByRole("table", { name: "Initiativer registreret pr. kvartal" });
    expect(await table.getByRole("row").count()).toBe(9);
    expect(await page.locator(".trend-chart svg").count()).toBe(6);
    await screenshot(page, "dashboard-quarter-review");
    expect(seriousOnly(await accessibilityViolations(page))).toEqual([]);
  });

  it("picks a quarter, and keeps the choice in the URL", async () => {
    const [year, quarter] = missedQuarter.split("-Q");
    await page.getByLabel("Kvartal", { exact: true }).selectOption(missedQuarter);
    await page.getByRole("button", { name: "Vis tal" }).click();
    await page
      .getByTestId("review-title")
      .filter({ hasText: `${quarter}. kvartal ${year}` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get("kvartal")).toBe(missedQuarter);
    const missed = page
      .getByTestId("deadline-figures")
      .locator('[data-figure="deadlineMissed"] dd')
      .first();
    expect(
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered number, not the print-only "< 5"
      Number(await missed.innerText().then((text) => text.replace(/\D/g, ""))),
    ).toBeGreaterThan(0);
  });

  it("drills down to the cases that missed the deadline", async () => {
    await page.getByTestId("deadline-figures").locator('[data-figure="deadlineMissed"] a').click();
    const heading = page.getByRole("heading", { name: /^Sager: Fristen overskredet/ });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const list = page.getByTestId("drill-down");
    await list.getByRole("rowheader", { name: "Morten Juhl" }).waitFor();
    expect(new URL(page.url()).searchParams.get("sager")).toBe("deadlineMissed");
    await screenshot(page, "dashboard-drill-down");
    expect(seriousOnly(await accessibilityViolations(page))).toEqual([]);
    // The bookmark opens the same list.
    await page.reload();
    await page.getByTestId("drill-down").getByRole("rowheader", { name: "Morten Juhl" }).waitFor();
    // Back closes it again.
    await page.goBack();
    await page.getByTestId("review-title").waitFor();
  });

  it("switches to English", async () => {
    await page.getByLabel("Sprog").selectOption("en");
    await page.getByRole("heading", { name: "Since last quarter" }).waitFor();
    await page.getByRole("heading", { name: "Trend over 8 quarters" }).waitFor();
    await page.getByLabel("Language").selectOption("da");
    await page.getByRole("heading", { name: "Siden sidste kvartal" }).waitFor();
  });

  it("prints on A4 without navigation, small figures as “< 5”", async () => {
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "dashboard-print");
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Vis tal" }).isVisible()).toBe(false);
    // Print media stays on: the PDF is what a leader gets from the browser's print dialog.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    await page.emulateMedia({ media: null });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain("Første samarbejdsmøde inden for en måned");
    expect(text).toContain("< 5");
    expect(text).not.toContain("Log ud");
  });
  it("R12: records a review meeting, with errors summarised first and dates as three fields", async () => {
    await page.getByRole("link", { name: "Ledermøder" }).click();
    await page.getByRole("heading", { name: "Ledermøder", level: 1 }).waitFor();
    expect(await page.title()).toBe("Ledermøder – Ledelsesoverblik – Samstemt");
    await page.getByText("Der er ingen åbne opfølgninger.").waitFor();
    await page.getByRole("button", { name: "Fortsæt" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Der er fejl i formularen" });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await summary.getByRole("link", { name: /Skriv mødets dato/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("held-on");
    await screenshot(page, "dashboard-meeting-errors");
    expect(seriousOnly(await accessibilityViolations(page))).toEqual([]);

    await page.locator("#held-on").fill("8");
    await page.locator("#held-on-month").fill("10");
    await page.locator("#held-on-year").fill("2026");
    await page.getByLabel("Hanne Kjær, Distriktspsykiatrien Holstebro").check();
    await page
      .getByLabel("Beslutning om supervision")
      .fill("Fælles supervision for teamene fra januar.");
    await page
      .getByLabel("Beslutning om evaluering")
      .fill("Evaluering af modellen efter fire kvartaler.");
    await page.getByRole("button", { name: "Tilføj opfølgning" }).click();
    await page.getByLabel("Hvad følges op").fill("Find en supervisor");
    await page.getByLabel("Ansvarlig").fill("Hanne Kjær");
    const due = page.getByRole("group", { name: "Frist" });
    await due.getByLabel("Dag").fill("1");
    await due.getByLabel("Måned").fill("12");
    await due.getByLabel("År").fill("2026");
    await page.getByRole("button", { name: "Fortsæt" }).click();

    // Check your answers (DKFDS): what will be saved, each part with "Ret" back to its field.
    const checkHeading = page.getByRole("heading", {
      name: "Tjek dine svar, før du gemmer ledermødet",
    });
    await checkHeading.waitFor();
    expect(await checkHeading.evaluate((element) => element === document.activeElement)).toBe(true);
    const check = page.getByTestId("meeting-check");
    expect(await check.textContent()).toContain("8. okt. 2026");
    expect(await check.textContent()).toContain("Hanne Kjær, Distriktspsykiatrien Holstebro");
    expect(await check.textContent()).toContain("Fælles supervision for teamene fra januar.");
    expect(await check.textContent()).toContain(
      "Find en supervisor – Hanne Kjær, frist 1. dec. 2026",
    );
    await screenshot(page, "dashboard-meeting-check");
    expect(seriousOnly(await accessibilityViolations(page))).toEqual([]);
    // "Ret" goes back to the date with everything typed kept; change the day and check again.
    await page.getByRole("button", { name: "Ret dato for mødet" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("held-on");
    expect(await page.locator("#held-on-month").inputValue()).toBe("10");
    expect(await page.getByLabel("Hvad følges op").inputValue()).toBe("Find en supervisor");
    await page.locator("#held-on").fill("9");
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await checkHeading.waitFor();
    expect(await check.textContent()).toContain("9. okt. 2026");
    await page.getByRole("button", { name: "Ret beslutning om evaluering" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("evaluation");
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await page.getByRole("button", { name: "Gem ledermødet" }).click();
    await page.getByRole("heading", { name: /^Ledermøde 9\. okt\. 2026/, level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get("moede")).toBeTruthy();
    await page
      .getByTestId("agreed-follow-ups")
      .getByRole("rowheader", { name: "Find en supervisor" })
      .waitFor();
    await page.getByTestId("review-title").waitFor();
    await screenshot(page, "dashboard-meeting-record");
    expect(seriousOnly(await accessibilityViolations(page))).toEqual([]);
  });

  it("R12: prints the meeting record on one or two A4 pages with the quarter's figures", async () => {
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "dashboard-meeting-print");
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const result = await parser.getText();
    await parser.destroy();
    expect(result.total).toBeLessThanOrEqual(2);
    expect(result.text).toContain("Fælles supervision for teamene fra januar.");
    expect(result.text).toContain("Find en supervisor");
    expect(result.text).toContain("Hanne Kjær");
    expect(result.text).toContain("Første samarbejdsmøde inden for en måned");
    expect(result.text).not.toContain("Gem ledermødet");
  });

  it("R12: the open follow-up heads the next meeting, which closes it", async () => {
    await page.getByRole("button", { name: "Tilbage til ledermøderne" }).click();
    const open = page.getByTestId("open-follow-ups");
    await open.getByRole("rowheader", { name: "Find en supervisor" }).waitFor();
    await page.locator("#held-on").fill("12");
    await page.locator("#held-on-month").fill("1");
    await page.locator("#held-on-year").fill("2027");
    await page.getByLabel("Beslutning om supervision").fill("Supervisor fundet.");
    await page.getByLabel("Beslutning om evaluering").fill("Uændret.");
    await page.getByLabel(/^Find en supervisor – Hanne Kjær/).check();
    await page.getByRole("button", { name: "Fortsæt" }).click();
    expect(await page.getByTestId("meeting-check").textContent()).toContain(
      "Lukkes som udførtFind en supervisor",
    );
    await page.getByRole("button", { name: "Gem ledermødet" }).click();
    await page.getByRole("heading", { name: /^Ledermøde 12\. jan\. 2027/, level: 1 }).waitFor();
    const carried = page.getByTestId("carried-follow-ups");
    await carried
      .getByRole("row", { name: /Find en supervisor.*Udført – lukket på dette møde/ })
      .waitFor();
    await screenshot(page, "dashboard-meeting-second");
  });
});
