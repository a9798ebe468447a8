import { PDFParse } from "pdf-parse";
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

// In a real browser, on the demo's "Anja Lykke" case: Jonas (region, coordinator),
// Mads (Holstebro Kommune) and Lars (the GP) are the team; Hanne leads Jonas's unit.
describe.skipIf(!executablePath)("consent, change notices and closing in a real browser", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseUrl = "";

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

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
    await openCasePart(page, "Samtykke");
    const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
    // No consent yet: every organisation is told why information may not flow.
    await consent.getByText("Der er ikke registreret noget samtykke på sagen.").first().waitFor();
    const form = consent.getByRole("region", { name: "Registrér samtykke" });
    // R4: no organisation is chosen for the citizen beforehand.
    await form.getByRole("button", { name: "Fortsæt" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Vælg mindst to organisationer." });
    await summary.first().waitFor();
    await expectAccessible(page);
    await form.getByLabel("Regionspsykiatrien Vest").check();
    await form.getByLabel("Holstebro Kommune").check();
    await form.getByRole("radio", { name: "Skriftligt", exact: true }).check();
    await form.getByRole("button", { name: "Fortsæt" }).click();
    await consent
      .getByRole("region", { name: "Kontrollér samtykket, før det registreres" })
      .getByRole("button", { name: "Registrér samtykke" })
      .click();
    await page.getByRole("status").filter({ hasText: "Samtykket er registreret." }).waitFor();
    const gpRow = consent.getByRole("row", { name: /Lægehuset Nørregade/ });
    await gpRow.getByText("Samtykket omfatter ikke denne organisation.").waitFor();
    await consent
      .getByRole("row", { name: /Holstebro Kommune/ })
      .getByText(/Ja – med Regionspsykiatrien Vest/)
      .waitFor();
    await screenshot(page, "agreements-consent-recorded");
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
    await screenshot(page, "agreements-reduced-view");
    await expectAccessible(page);
  });

  it("R13: Mads notifies a change; Jonas and Lars acknowledge it from Mine opgaver", async () => {
    await openCase("mads");
    await openCasePart(page, "Ændringer i indsatsen");
    const notices = page.getByRole("region", { name: "Ændringer i indsatsen" });
    await notices.getByRole("button", { name: "Send til teamet" }).click();
    await page.getByRole("alert").filter({ hasText: "Beskriv ændringen." }).first().waitFor();
    await notices
      .getByLabel("Hvad ændres, og hvad betyder det for samarbejdet?")
      .fill("Bostøtten går fra tre til to besøg om ugen fra næste måned.");
    await notices.getByRole("button", { name: "Send til teamet" }).click();
    await page.getByRole("status").filter({ hasText: "Ændringen er sendt." }).waitFor();
    await notices.getByText("Lars Holm – venter siden i dag").waitFor();
    await notices.getByText("Jonas Bech – venter siden i dag").waitFor();
    await screenshot(page, "agreements-change-notice");
    await expectAccessible(page);

    // Jonas (the region, which the consent covers with Holstebro Kommune) reads the text.
    await page.goto(server.url);
    await signInAs(page, "jonas");
    await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
    await page.getByRole("link", { name: /Kvittér for en ændring.*Anja Lykke/ }).click();
    await page.getByRole("heading", { name: /Anja Lykke/, level: 1 }).waitFor();
    // The task opens the part of the case where it is done.
    expect(new URL(page.url()).pathname).toMatch(/\/aendringer$/);
    await notices.getByText("Bostøtten går fra tre til to besøg om ugen").waitFor();
    await page.getByRole("button", { name: "Kvittér for ændringen" }).click();
    await page.getByRole("status").filter({ hasText: "Du har kvitteret" }).waitFor();

    // R4/R13: Lars (the GP, outside the consent) is told that a partner changed its
    // intervention and whom to ask — not the text; he acknowledges that he was told.
    await page.goto(server.url);
    await signInAs(page, "lars");
    await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
    await page
      .getByText("Borgerens samtykke dækker ikke beskrivelsen – på sagen står, hvem du kan spørge.")
      .waitFor();
    await screenshot(page, "r4-change-notice-told-task");
    await page
      .getByRole("link", {
        name: /Kvittér for, at du er orienteret om en ændring hos en samarbejdspartner.*Anja Lykke/,
      })
      .click();
    await page.getByRole("heading", { name: /Anja Lykke/, level: 1 }).waitFor();
    await notices
      .getByText(/Mads Østergaard \(Holstebro Kommune\) har ændret sin organisations indsats/)
      .waitFor();
    await notices.getByText(/^Spørg Mads Østergaard, hvis du har brug for at vide mere/).waitFor();
    expect(await notices.getByText("Bostøtten går fra tre til to besøg om ugen").count()).toBe(0);
    await notices
      .getByRole("button", { name: "Kvittér for, at du er orienteret" })
      .scrollIntoViewIfNeeded();
    await screenshot(page, "r4-change-notice-told");
    await expectAccessible(page);
    await notices.getByRole("button", { name: "Kvittér for, at du er orienteret" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Du har kvitteret for, at du er orienteret om ændringen." })
      .waitFor();
    await page.getByText("Alle har kvitteret.").waitFor();
    await expectAccessible(page);
  });

  it("R4/R11: a version the GP may not read is not signed by him: the page says which consent it waits for", async () => {
    await openCase("jonas");
    await openCasePart(page, "Samarbejdsaftaler");
    await page.getByRole("link", { name: "Samarbejdsaftale – Borger/patient & Team" }).click();
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    await form
      .getByLabel("Borgerens/patientens mål for den samlede indsats")
      .fill("At bo i egen bolig.");
    await form.getByRole("button", { name: "Gem kladde" }).click();
    await page.getByRole("status").filter({ hasText: "Kladden er gemt (version 1)." }).waitFor();
    const agreementUrl = page.url();

    await page.goto(agreementUrl);
    await signInAs(page, "lars");
    await page
      .getByRole("heading", { name: /Samarbejdsaftale – Borger\/patient & Team/, level: 1 })
      .waitFor();
    const signing = page.getByRole("region", { name: "Underskriv version 1" });
    await signing
      .getByText(
        /^Aftalen kan underskrives, når borgerens samtykke omfatter både Regionspsykiatrien Vest og Lægehuset Nørregade/,
      )
      .waitFor();
    const team = signing.getByRole("button", { name: "Underskriv for teamet" });
    expect(await team.getAttribute("aria-disabled")).toBe("true");
    expect(await team.getAttribute("aria-describedby")).toBe("sign-blocked");
    // Reached by keyboard and read out with its reason; pressing it does nothing.
    await team.focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("button", { name: "Ja, underskriv" }).count()).toBe(0);
    await screenshot(page, "r4-sign-waits-for-consent");
    await expectAccessible(page);
  });

  it("R4: Mads records that the consent was withdrawn, after a confirmation", async () => {
    await openCase("mads");
    await openCasePart(page, "Samtykke");
    const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
    await consent.getByRole("button", { name: /^Registrér tilbagetrækning/ }).click();
    // When the citizen withdrew it: today unless changed, as day/month/year fields.
    const when = consent.getByRole("group", { name: "Hvornår trak borgeren samtykket tilbage?" });
    await when.getByLabel("Dag").waitFor();
    await expectAccessible(page);
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
    await screenshot(page, "agreements-closed");
    await expectAccessible(page);
    // Read-only: no step is offered any more, in any part of the case.
    await openCasePart(page, "Ændringer i indsatsen");
    await page.getByRole("region", { name: "Ændringer i indsatsen" }).waitFor();
    expect(await page.getByRole("button", { name: "Send til teamet" }).count()).toBe(0);
    await openCasePart(page, "Samtykke");
    await page.getByRole("region", { name: /Samtykke til udveksling/ }).waitFor();
    expect(await page.getByRole("region", { name: "Registrér samtykke" }).count()).toBe(0);

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
});

// R10, R11, R15 on the demo's "Jannie Krog" case: Mads (Holstebro Kommune) coordinates,
// Jonas (region) and Ali are members; Hanne and Lene lead the two participating organisations.
describe.skipIf(!executablePath)("the two agreements in a real browser", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseUrl = "";
  const organisational = () => `${caseUrl}/aftaler/organisational`;
  const citizen = () => `${caseUrl}/aftaler/citizen`;

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

  const open = async (url: string, username: string, heading: RegExp | string) => {
    await page.goto(url);
    await signInAs(page, username);
    await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  };
  const status = (text: string | RegExp) =>
    page.getByRole("status").filter({ hasText: text }).waitFor();

  it("R4, R10: the coordinator records consent and drafts the organisational agreement, prefilled from the case", async () => {
    await page.goto(server.url);
    await signInAs(page, "mads");
    // Mine opgaver: the coordinator is asked to write both agreements.
    await page
      .getByRole("link", { name: /^Udfyld Samarbejdsaftale – Borger\/patient & Team.*Jannie Krog/ })
      .waitFor();
    await page.goto(`${server.url}/sager`);
    await page.getByRole("link", { name: "Jannie Krog" }).click();
    await page.getByRole("heading", { name: /Jannie Krog/, level: 1 }).waitFor();
    caseUrl = page.url();
    // Consent for both organisations lets the agreement's content reach both (R4).
    await openCasePart(page, "Samtykke");
    const consentForm = page.getByRole("region", { name: "Registrér samtykke" });
    await consentForm.getByLabel("Regionspsykiatrien Vest").check();
    await consentForm.getByLabel("Holstebro Kommune").check();
    await consentForm.getByRole("button", { name: "Fortsæt" }).click();
    await page
      .getByRole("region", { name: "Kontrollér samtykket, før det registreres" })
      .getByRole("button", { name: "Registrér samtykke" })
      .click();
    await status("Samtykket er registreret.");
    await openCasePart(page, "Samarbejdsaftaler");
    await page.getByRole("link", { name: "Samarbejdsaftale – Ledere & Team" }).click();
    await page
      .getByRole("heading", { name: /Samarbejdsaftale – Ledere & Team/, level: 1 })
      .waitFor();
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    // What the case knows is filled in: the coordinator and the team with their roles.
    await form.getByText("Mads Østergaard", { exact: false }).first().waitFor();
    await form.getByText(/Jonas Bech \(/).waitFor();
    await form
      .getByLabel("Målet for den samlede indsats")
      .fill("Borgeren har en stabil hverdag uden selvskade.");
    await form
      .getByLabel("Obs overensstemmelse med borgerens/patientens mål")
      .fill("Ja, borgeren ønsker det samme.");
    await form.getByLabel("Hvor ofte").fill("2");
    await form.getByLabel("Enhed").selectOption("week");
    await form
      .getByRole("group", { name: "Supervision til teamet ja/nej?" })
      .getByLabel("Nej")
      .check();
    await form
      .getByRole("group", { name: "Navn på kontaktperson(er)" })
      .getByLabel(/Mads Østergaard/)
      .check();
    await form
      .getByLabel("Aftaler angående kommunikationsvej")
      .fill("Sms til tovholderen ved aflysning");
    await form.getByRole("button", { name: "Gem kladde" }).click();
    await status("Kladden er gemt (version 1).");
    // The coordinator sees from the start what is still missing, the rule that refuses signing.
    await page
      .getByRole("region", { name: "Aftalen kan ikke underskrives endnu" })
      .getByRole("link", {
        name: "Udfyld »Hvordan ser vi, at målet er nået«, før aftalen kan underskrives.",
      })
      .waitFor();
    await screenshot(page, "agreements-agreement-draft");
    await expectAccessible(page);
  });

  it("R10: what is missing is shown from the start and the sign button says why it waits; then both leaders sign", async () => {
    await open(organisational(), "hanne", /Samarbejdsaftale – Ledere & Team/);
    const missing = page.getByRole("region", { name: "Aftalen kan ikke underskrives endnu" });
    await missing
      .getByRole("link", {
        name: "Udfyld »Hvordan ser vi, at målet er nået«, før aftalen kan underskrives.",
      })
      .waitFor();
    const sign = page.getByRole("button", { name: "Underskriv for Regionspsykiatrien Vest" });
    expect(await sign.getAttribute("aria-disabled")).toBe("true");
    await page
      .getByText("Aftalen kan underskrives, når det manglende felt ovenfor er udfyldt og gemt.")
      .waitFor();
    // Reached by keyboard, read out with its reason; pressing it asks nothing that would be refused.
    await sign.focus();
    await page.keyboard.press("Enter");
    expect(await page.getByRole("button", { name: "Ja, underskriv" }).count()).toBe(0);
    await sign.scrollIntoViewIfNeeded();
    await screenshot(page, "agreements-agreement-missing");
    await expectAccessible(page);

    await open(organisational(), "mads", /Samarbejdsaftale – Ledere & Team/);
    await page
      .getByLabel("Hvordan ser vi, at målet er nået")
      .fill("Ingen indlæggelser i et halvt år.");
    await page.getByRole("button", { name: "Gem kladde" }).click();
    await status("Kladden er gemt (version 1).");

    for (const [username, organisation] of [
      ["hanne", "Regionspsykiatrien Vest"],
      ["lene", "Holstebro Kommune"],
    ] as const) {
      // Each leader is asked in Mine opgaver, which leads to the agreement.
      await page.goto(server.url);
      await signInAs(page, username);
      await page
        .getByRole("link", { name: /^Underskriv Samarbejdsaftale – Ledere & Team.*Jannie Krog/ })
        .click();
      await page
        .getByRole("heading", { name: /Samarbejdsaftale – Ledere & Team/, level: 1 })
        .waitFor();
      await page.getByRole("button", { name: `Underskriv for ${organisation}` }).click();
      await page.getByRole("button", { name: "Ja, underskriv" }).click();
      await status("Underskriften er registreret.");
    }
    await page.getByText("Version 1 · underskrevet").waitFor();
    await page.getByText(/Leder for Holstebro Kommune – Lene Dahl/).waitFor();
    await screenshot(page, "agreements-agreement-signed");
    await expectAccessible(page);
  });

  it("R11: the citizen agreement — the team signs and a member records the citizen's signature", async () => {
    await open(citizen(), "mads", /Samarbejdsaftale – Borger\/patient & Team/);
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    await form
      .getByLabel("Borgerens/patientens mål for den samlede indsats")
      .fill("Egen bolig og et job.");
    await form.getByLabel("Teamets mål for den samlede indsats").fill("Stabil hverdag.");
    await form
      .getByLabel("Borgerens/patientens forventninger til samarbejdet")
      .fill("At blive hørt.");
    await form
      .getByLabel("Teamets forventninger til samarbejdet")
      .fill("At borgeren kommer til møderne.");
    await form.getByLabel("Hvor ofte").fill("1");
    await form
      .getByRole("group", { name: "Navn på kontaktperson(er)" })
      .getByLabel(/Mads Østergaard/)
      .check();
    await form.getByLabel("Aftaler angående kommunikationsvej").fill("Telefon til tovholderen");
    await form.getByRole("button", { name: "Gem kladde" }).click();
    await status("Kladden er gemt (version 1).");
    // R11: how and when the citizen agreed is asked for before the signature is recorded.
    await page.getByRole("button", { name: "Registrér borgerens underskrift" }).click();
    await page
      .getByRole("alert")
      .getByRole("link", { name: "Vælg, hvordan borgeren tilsluttede sig aftalen." })
      .waitFor();
    await expectAccessible(page);
    await page.getByLabel("Skrev under på papir").check();
    // Each signature waits for its own line: the status text of the first one may still be on
    // screen when the second is awaited.
    await page.getByRole("button", { name: "Registrér borgerens underskrift" }).click();
    await page.getByRole("button", { name: "Ja, underskriv" }).click();
    await page
      .getByText(/Borgeren – registreret af Mads Østergaard.*\(skrev under på papir/)
      .waitFor();
    await page.getByRole("button", { name: "Underskriv for teamet" }).click();
    await page.getByRole("button", { name: "Ja, underskriv" }).click();
    await status("Underskriften er registreret.");
    await page.getByText("Version 1 · underskrevet").waitFor();
    await expectAccessible(page);
    // F2: the worker sends the signed agreement by digital post, and the case says so.
    await page.goto(caseUrl);
    const sent = page.getByRole("table", { name: "Dokumenter sendt til borgeren, nyeste først" });
    // The worker in the server takes the outbox in turn; on a busy machine that can take a while.
    // After each load, wait for the section to show one state or the other before looking:
    // looking straight after the load raced the page's own request for the case.
    const nothingSent = page.getByText("Der er ikke sendt noget til borgeren endnu.");
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      await sent.or(nothingSent).first().waitFor();
      if ((await sent.getByText("Din aftale med dit team (version 1)").count()) > 0) break;
      await page.waitForTimeout(1000);
      await page.reload();
    }
    await sent.getByRole("cell", { name: "Din aftale med dit team (version 1)" }).waitFor();
    await sent.scrollIntoViewIfNeeded();
    await screenshot(page, "agreements-citizen-documents");
    await expectAccessible(page);
  }, 180_000);

  it("R10: a change after signing makes version 2 and the diff shows it; the agreement prints on A4", async () => {
    await open(organisational(), "mads", /Samarbejdsaftale – Ledere & Team/);
    await page.getByRole("button", { name: "Ret aftalen (bliver version 2)" }).click();
    await page
      .getByLabel("Målet for den samlede indsats")
      .fill("Borgeren er i arbejde eller uddannelse.");
    await page.getByRole("button", { name: "Gem kladde" }).click();
    await status("Kladden er gemt (version 2).");
    const diff = page.getByRole("table", { name: "Ændrede felter fra version 1 til version 2" });
    const row = diff.getByRole("row", { name: /Målet for den samlede indsats/ });
    await row.getByText("Borgeren har en stabil hverdag uden selvskade.").waitFor();
    await row.getByText("Borgeren er i arbejde eller uddannelse.").waitFor();
    expect(await diff.getByRole("row").count()).toBe(2);
    await screenshot(page, "agreements-agreement-diff");
    await expectAccessible(page);

    await page.emulateMedia({ media: "print" });
    await screenshot(page, "agreements-agreement-print");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    await page.emulateMedia({ media: null });
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    // One space for any run of white space: the PDF breaks long labels over two lines.
    const text = (await parser.getText()).text.normalize("NFC").replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain("Samarbejdsaftale – Ledere & Team");
    expect(text).toContain("Version 2");
    expect(text).toContain("Målet for den samlede indsats");
    expect(text).toContain("Borgeren er i arbejde eller uddannelse.");
    expect(text).toContain("Jannie Krog");
    expect(text).not.toContain("Log ud");
    expect(text).not.toContain("Gem kladde");
  });

  it("two people saving the same draft: the second is told what changed, nothing is overwritten", async () => {
    const other = await browser.newPage({
      locale: "da-DK",
      viewport: { width: 1280, height: 900 },
    });
    try {
      await open(organisational(), "mads", /Samarbejdsaftale – Ledere & Team/);
      await other.goto(organisational());
      await other.getByLabel("Bruger").selectOption("jonas");
      await other.getByRole("button", { name: "Log ind" }).click();
      await other
        .getByRole("heading", { name: /Samarbejdsaftale – Ledere & Team/, level: 1 })
        .waitFor();
      await page.getByLabel("Målet for den samlede indsats").fill("Mads' formulering.");
      await page.getByRole("button", { name: "Gem kladde" }).click();
      await status("Kladden er gemt (version 2).");
      // Jonas's page still holds the case from before Mads saved.
      await other.getByLabel("Målet for den samlede indsats").fill("Jonas' formulering.");
      await other.getByRole("button", { name: "Gem kladde" }).click();
      const told = other
        .getByRole("alert")
        .filter({ hasText: "Mads Østergaard har gemt aftalen, mens du skrev" });
      await told.waitFor();
      await told.getByText(/Målet for den samlede indsats.*Mads' formulering\./).waitFor();
      expect(await other.getByLabel("Målet for den samlede indsats").inputValue()).toBe(
        "Jonas' formulering.",
      );
      await screenshot(other, "agreements-agreement-conflict");
      expect(await accessibilityViolations(other)).toEqual([]);
      // Nothing was overwritten: Mads's text is what the case holds.
      await page.reload();
      await page.getByText("Mads' formulering.").first().waitFor();
    } finally {
      await other.close();
    }
  });

  it("a draft saves itself two seconds after the last keystroke, said as 'Gemt kl. …' in a polite live region", async () => {
    await open(organisational(), "mads", /Samarbejdsaftale – Ledere & Team/);
    const form = page.getByRole("region", { name: "Udfyld aftalen" });
    const goal = form.getByLabel("Målet for den samlede indsats");
    await goal.fill("");
    await goal.pressSequentially("Gemt af sig selv", { delay: 20 });
    await form.getByText("Du har ændringer, der ikke er gemt.").waitFor();
    const saved = form.getByRole("status").filter({ hasText: /^Gemt kl\. \d{2}\.\d{2}$/ });
    await saved.waitFor({ timeout: 10_000 });
    expect(await saved.getAttribute("aria-live")).toBe("polite");
    // Focus stayed where the user was typing.
    expect(await goal.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, "agreements-agreement-autosaved");
    await page.reload();
    await page.getByText("Gemt af sig selv").first().waitFor();
  });

  it("a draft saving itself after someone else saved keeps the text and stops until saved by hand", async () => {
    const other = await browser.newPage({
      locale: "da-DK",
      viewport: { width: 1280, height: 900 },
    });
    try {
      await open(organisational(), "mads", /Samarbejdsaftale – Ledere & Team/);
      await other.goto(organisational());
      await other.getByLabel("Bruger").selectOption("jonas");
      await other.getByRole("button", { name: "Log ind" }).click();
      await other
        .getByRole("heading", { name: /Samarbejdsaftale – Ledere & Team/, level: 1 })
        .waitFor();
      await page.getByLabel("Målet for den samlede indsats").fill("Mads skriver videre.");
      await page.getByRole("button", { name: "Gem kladde" }).click();
      await status(/^Kladden er gemt/);
      await other.getByLabel("Målet for den samlede indsats").fill("Jonas skriver også.");
      // No click: the save by itself meets the conflict and says what Mads changed.
      const told = other
        .getByRole("alert")
        .filter({ hasText: "Mads Østergaard har gemt aftalen, mens du skrev" });
      await told.waitFor({ timeout: 10_000 });
      expect(await other.getByLabel("Målet for den samlede indsats").inputValue()).toBe(
        "Jonas skriver også.",
      );
      // Typing on does not overwrite Mads's text by itself.
      await other.getByLabel("Målet for den samlede indsats").pressSequentially(" Mere.");
      await other.waitForTimeout(3000);
      await page.reload();
      await page.getByText("Mads skriver videre.").first().waitFor();
      expect(await page.getByText("Jonas skriver også.").count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
