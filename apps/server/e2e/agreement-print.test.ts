import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, screenshot } from "./chromium";
import type { ServerProcess } from "./server-process";
import { closeStaffBrowser, expectAccessible, openStaffBrowser, signInAs } from "./staff-browser";

const executablePath = chromiumPath();

/** The text of each printed A4 page (one space for any run of white space). */
async function printedPages(page: Page, name: string): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  await screenshot(page, name);
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  // Kept beside the screenshots, to be looked at page by page.
  await writeFile(join(import.meta.dirname, "..", "screenshots", `${name}.pdf`), pdf);
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { pages } = await parser.getText();
    return pages.map((p) => p.text.normalize("NFC").replace(/\s+/g, " "));
  } finally {
    await parser.destroy();
  }
}

// The citizen agreement printed from the demo's "Jannie Krog" case, where Mads coordinates.
describe.skipIf(!executablePath)("the citizen agreement on paper (R11)", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

  it("prints signature lines for the citizen and the team, and a long field runs on instead of leaving a page half empty", async () => {
    await page.goto(`${server.url}/sager`);
    await signInAs(page, "mads");
    await page.getByRole("link", { name: "Jannie Krog" }).click();
    await page.getByRole("heading", { name: /Jannie Krog/, level: 1 }).waitFor();
    await page.goto(`${page.url()}/aftaler/citizen`);
    await page
      .getByRole("heading", { name: /Samarbejdsaftale – Borger\/patient & Team/, level: 1 })
      .waitFor();
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    await form
      .getByLabel("Borgerens/patientens forventninger til samarbejdet")
      .fill("At blive hørt.");
    const expectations = Array.from(
      { length: 70 },
      (_, i) => `Forventning ${i + 1}: teamet følger op på aftalen med Jannie.`,
    ).join("\n");
    await form.getByLabel("Teamets forventninger til samarbejdet").fill(expectations);
    await form.getByRole("button", { name: "Gem kladde" }).click();
    await page.getByRole("status").filter({ hasText: "Kladden er gemt (version 1)." }).waitFor();
    await expectAccessible(page);

    const pages = await printedPages(page, "agreement-citizen-print");
    const on = (text: string) => pages.findIndex((p) => p.includes(text));
    // The long field starts on the page where the field before it is, under its label.
    expect(on("At blive hørt.")).toBe(0);
    expect(on("Teamets forventninger til samarbejdet Forventning 1:")).toBe(0);
    expect(on("Forventning 70:")).toBeGreaterThan(0);
    // A line to sign for each party, with a line for the date, kept together on one page.
    const lines = on("Underskrifter Borger/patient Jannie Krog Dato:");
    expect(lines).toBeGreaterThan(0);
    expect(pages[lines]).toContain("For teamet Dato:");
    // The list of signatures is the screen's; on paper the lines replace it.
    expect(pages.join(" ")).not.toContain("Ingen underskrifter endnu.");
  });

  it("a signed agreement prints how and when the citizen agreed and who signed for the team, above the lines", async () => {
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    await form
      .getByLabel("Borgerens/patientens mål for den samlede indsats")
      .fill("Egen bolig og et job.");
    await form.getByLabel("Teamets mål for den samlede indsats").fill("Stabil hverdag.");
    await form.getByLabel("Teamets forventninger til samarbejdet").fill("At borgeren kommer.");
    await form.getByLabel("Hvor ofte").fill("1");
    await form
      .getByRole("group", { name: "Navn på kontaktperson(er)" })
      .getByLabel(/Mads Østergaard/)
      .check();
    await form.getByLabel("Aftaler angående kommunikationsvej").fill("Telefon til tovholderen");
    await form.getByRole("button", { name: "Gem kladde" }).click();
    await page.getByRole("status").filter({ hasText: "Kladden er gemt (version 1)." }).waitFor();
    // Signing starts from the saved draft as a fresh page shows it.
    await page.reload();
    await page.getByText("Telefon til tovholderen").first().waitFor();
    // As in the staff journey: asked how the citizen agreed before the signature is recorded.
    const register = page.getByRole("button", { name: "Registrér borgerens underskrift" });
    await register.click();
    await page
      .getByRole("alert")
      .getByRole("link", { name: "Vælg, hvordan borgeren tilsluttede sig aftalen." })
      .waitFor();
    await page.getByLabel("Skrev under på papir").check();
    await register.click();
    await page.getByRole("button", { name: "Ja, underskriv" }).click();
    await page.getByText(/\(skrev under på papir/).waitFor();
    await page.getByRole("button", { name: "Underskriv for teamet" }).click();
    await page.getByRole("button", { name: "Ja, underskriv" }).click();
    await page.getByText("Version 1 · underskrevet").waitFor();

    const text = (await printedPages(page, "agreement-citizen-signed-print")).join(" ");
    expect(text).toMatch(
      /Underskrifter Skrev under på papir \d+\. \S+ \d{4} Borger\/patient Jannie Krog Registreret af Mads Østergaard/,
    );
    expect(text).toMatch(/Underskrevet \d+\. \S+ \d{4} For teamet Mads Østergaard/);
    expect(text).not.toContain("Dato:");
  });
});
