import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, screenshot } from "./chromium";
import type { ServerProcess } from "./server-process";
import {
  closeStaffBrowser,
  expectAccessible,
  openCasePart,
  openStaffBrowser,
  signInAs,
} from "./staff-browser";

const executablePath = chromiumPath();
const DANISH = "Europe/Copenhagen";

/** Day, month and year in Danish time, as the date fields take them. */
function danishDateParts(at: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: DANISH,
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(at);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return { day: value("day"), month: value("month"), year: value("year") };
}
/** "14.30" in Danish time. */
const danishClock = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: DANISH,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(at)
    .replace(":", ".");

/** A screenshot of one part of the page, to look at beside the full-page ones. */
const part = (locator: Locator, name: string) =>
  locator.screenshot({ path: join(import.meta.dirname, "..", "screenshots", `${name}.png`) });

/** The text as the browser lays it out: a line break only where one is shown. */
// biome-ignore lint/performance/useDomNodeTextContent: the laid-out text is what is tested — textContent keeps "\n" even where the page shows none.
const shownText = (locator: Locator) => locator.innerText();

// R4, R5, R7 and what people type, on the demo data: Hanne decides Louise Thygesen's
// initiative; Mads coordinates Jannie Krog's case (Holstebro Kommune, with Jonas from the
// region), which has a collaboration meeting planned two days ahead.
describe.skipIf(!executablePath)("consent, typed text and meetings in a real browser", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let caseUrl = "";

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

  const status = (text: string | RegExp) =>
    page.getByRole("status").filter({ hasText: text }).waitFor();
  const openJannie = async () => {
    if (caseUrl) await page.goto(caseUrl);
    else {
      await page.goto(`${server.url}/sager`);
      await signInAs(page, "mads");
      await page.getByRole("link", { name: "Jannie Krog" }).click();
    }
    await page.getByRole("heading", { name: /Jannie Krog/, level: 1 }).waitFor();
    caseUrl = page.url();
  };

  it("R5: the leader's remark when endorsing stays on the case and in its timeline, line breaks and all", async () => {
    await page.goto(server.url);
    await signInAs(page, "hanne");
    await page
      .getByRole("link", { name: "Godkend eller afvis initiativet – Louise Thygesen" })
      .click();
    const decide = page.getByRole("region", { name: "Godkend eller afvis initiativet" });
    const remark = "Godt set, Jonas.\nInddrag egen læge fra starten.";
    await decide.getByLabel("Bemærkning eller begrundelse").fill(remark);
    await decide.getByRole("button", { name: "Godkend initiativet" }).click();
    await decide.getByRole("button", { name: "Ja, godkend" }).click();
    await status(/Initiativet er godkendt/);
    const onCase = page.getByRole("region", { name: "Initiativet er godkendt" });
    await onCase.getByText(/^Godkendt af Hanne Kjær den .*Lederens bemærkning:$/).waitFor();
    expect(await shownText(onCase.locator(".typed-text"))).toBe(remark);
    await openCasePart(page, "Tidslinje");
    const endorsed = page
      .getByRole("region", { name: "Tidslinje" })
      .getByRole("listitem")
      .filter({ hasText: "Initiativet godkendt af leder" });
    expect(await shownText(endorsed.locator(".typed-text"))).toBe(`Bemærkning: ${remark}`);
    await screenshot(page, "typed-text-leader-remark");
    await expectAccessible(page);
  });

  it("R4: nothing is pre-selected, and the consent is checked in words before it is saved", async () => {
    await openJannie();
    await openCasePart(page, "Samtykke");
    const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
    const form = consent.getByRole("region", { name: "Registrér samtykke" });
    for (const organisation of ["Regionspsykiatrien Vest", "Holstebro Kommune"]) {
      expect(await form.getByLabel(organisation).isChecked()).toBe(false);
    }
    await form.getByLabel("Regionspsykiatrien Vest").check();
    await form.getByLabel("Holstebro Kommune").check();
    await form.getByRole("radio", { name: "Skriftligt", exact: true }).check();
    const note = "Underskrevet på kontoret.\nKopi ligger i journalen.";
    await form.getByLabel("Bemærkning (valgfri)").fill(note);
    await form.getByRole("button", { name: "Fortsæt" }).click();

    const check = consent.getByRole("region", {
      name: "Kontrollér samtykket, før det registreres",
    });
    const row = (label: string) =>
      check.locator(".summary-list > div").filter({ has: page.locator(`dt:text-is("${label}")`) });
    // One organisation a line, only those chosen.
    const covers = (await shownText(row("Omfatter").locator("dd").first())).split("\n").sort();
    expect(covers).toEqual(["Holstebro Kommune", "Regionspsykiatrien Vest"]);
    await row("Form").getByText("Skriftligt").waitFor();
    await row("Givet af").getByText("Borgeren selv").waitFor();
    await row("Gælder til").getByText("Indtil det trækkes tilbage").waitFor();
    expect(await shownText(row("Bemærkning").locator("dd").first())).toBe(note);
    await screenshot(page, "consent-check-answers");
    await part(check, "consent-check-answers-part");
    await expectAccessible(page);
    // "Ret" leads back to the field, with everything typed still there.
    await row("Form").getByRole("button", { name: "Ret form", exact: true }).click();
    const oral = form.getByRole("radio", { name: "Mundtligt", exact: true });
    await expect(oral.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    expect(await form.getByLabel("Bemærkning (valgfri)").inputValue()).toBe(note);
    await oral.check();
    await form.getByRole("button", { name: "Fortsæt" }).click();
    await row("Form").getByText("Mundtligt").waitFor();
    await check.getByRole("button", { name: "Registrér samtykke" }).click();
    await status("Samtykket er registreret.");
    const recorded = consent.getByRole("listitem").filter({ hasText: "Borgeren selv" });
    expect(await shownText(recorded.locator("dd.typed-text"))).toBe(note);
    await consent
      .getByRole("row", { name: /Holstebro Kommune/ })
      .getByText(/Ja – med Regionspsykiatrien Vest/)
      .waitFor();
  });

  it("R4: a registration made by mistake is corrected with a reason, kept in the history — not withdrawn", async () => {
    await openJannie();
    await openCasePart(page, "Samtykke");
    const consent = page.getByRole("region", { name: /Samtykke til udveksling/ });
    await consent.getByRole("button", { name: /^Ret fejlregistrering af samtykket givet/ }).click();
    await consent.getByRole("button", { name: "Ret registreringen" }).click();
    await consent.getByText("Skriv, hvorfor registreringen er forkert.").waitFor();
    const reason = "Registreret på den forkerte borger.\nDet rigtige samtykke følger.";
    await consent.getByLabel("Hvorfor er registreringen forkert?").fill(reason);
    await consent.getByRole("button", { name: "Ret registreringen" }).click();
    await consent.getByRole("button", { name: "Ja, ret registreringen" }).click();
    await status(/Registreringen er rettet som en fejl/);
    // No consent stands: information may not flow, and nothing is left to withdraw.
    await consent.getByText("Der er ikke registreret noget samtykke på sagen.").first().waitFor();
    expect(await consent.getByRole("button", { name: /Registrér tilbagetrækning/ }).count()).toBe(
      0,
    );
    await consent.getByRole("heading", { name: "Registreringer rettet som fejl" }).waitFor();
    await consent.getByText(/^Rettet som fejl .* af Mads Østergaard$/).waitFor();
    expect(await shownText(consent.locator("p.typed-text"))).toBe(`Begrundelse: ${reason}`);
    await screenshot(page, "consent-corrected");
    await part(consent, "consent-corrected-part");
    await expectAccessible(page);
    await openCasePart(page, "Tidslinje");
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    const corrected = timeline
      .getByRole("listitem")
      .filter({ hasText: "Registrering af samtykke rettet som fejl" });
    expect(await shownText(corrected.locator(".typed-text"))).toBe(`Begrundelse: ${reason}`);
    expect(await timeline.getByText("Samtykke trukket tilbage").count()).toBe(0);
  });

  it("R7: recording a planned meeting starts from its plan; a future one says what to do, one whose time has come is recorded", async () => {
    await openJannie();
    await openCasePart(page, "Møder");
    const record = page.getByRole("region", { name: /^Registrér et holdt møde/ });
    // The meeting planned two days ahead is chosen and its plan filled in.
    await record.getByText("Dato, tidspunkt, sted og inviterede er udfyldt fra planen.").waitFor();
    expect(await record.getByLabel("Klokkeslæt").inputValue()).toMatch(/^\d\d\.\d\d$/);
    await record.getByLabel("Ja").check();
    await record.getByLabel("Beslutningsreferat").fill("Endnu ikke holdt.");
    await record.getByRole("button", { name: "Registrér mødet" }).click();
    await page
      .getByRole("alert")
      .getByRole("link", {
        name: /^Mødet er planlagt til .* og er ikke holdt endnu\. Registrér det, når det er holdt\./,
      })
      .waitFor();
    await screenshot(page, "meeting-future-planned");
    await part(record, "meeting-future-planned-part");

    // Plan one a minute ahead, at a place, with Jonas invited; then wait for its time.
    const soon = new Date(Date.now() + 60_000 + (new Date().getSeconds() > 45 ? 60_000 : 0));
    soon.setSeconds(0, 0);
    const schedule = page.getByRole("region", { name: "Planlæg et møde" });
    const day = danishDateParts(soon);
    await schedule.getByLabel("Dag").fill(day.day);
    await schedule.getByLabel("Måned").fill(day.month);
    await schedule.getByLabel("År").fill(day.year);
    await schedule.getByLabel("Klokkeslæt").fill(danishClock(soon));
    await schedule.getByLabel("Sted").fill("Rådhuset, mødelokale 2");
    await schedule
      .getByRole("group", { name: "Hvem fra teamet inviteres?" })
      .getByLabel("Jonas Bech")
      .check();
    await schedule.getByRole("button", { name: "Planlæg mødet" }).click();
    await status("Mødet er planlagt.");
    await page.waitForTimeout(Math.max(0, soon.getTime() - Date.now() + 2_000));
    await page.reload();
    await record.waitFor();
    await page
      .getByRole("region", { name: "Møder" })
      .getByText("Tidspunktet er nået – registrér mødet som holdt, når det er slut.")
      .waitFor();
    // The meeting whose time has come is the one offered, with its plan filled in.
    expect(await record.getByLabel("Klokkeslæt").inputValue()).toBe(danishClock(soon));
    expect(Number(await record.getByLabel("Dag").inputValue())).toBe(Number(day.day));
    expect(await record.getByLabel("Sted (valgfrit)").inputValue()).toBe("Rådhuset, mødelokale 2");
    const attended = record.getByRole("group", { name: "Hvem fra teamet deltog?" });
    expect(await attended.getByLabel("Jonas Bech").isChecked()).toBe(true);
    expect(await attended.getByLabel("Mads Østergaard").isChecked()).toBe(false);
    await screenshot(page, "meeting-prefilled-from-plan");
    await part(record, "meeting-prefilled-from-plan-part");
    await expectAccessible(page);
    await record.getByLabel("Ja").check();
    const minutes = "Punkt 1: Bolig.\nPunkt 2: Medicin.\n\nNæste møde om fire uger.";
    await record.getByLabel("Beslutningsreferat").fill(minutes);
    await record.getByRole("button", { name: "Registrér mødet" }).click();
    await record.getByRole("button", { name: "Ja, registrér" }).click();
    await status("Mødet er registreret som holdt.");
    const held = page
      .getByRole("region", { name: "Møder" })
      .getByRole("row")
      .filter({ hasText: "Punkt 1: Bolig." });
    expect(await shownText(held.locator(".minutes"))).toBe(minutes);
    await held.getByText("Sted: Rådhuset, mødelokale 2").waitFor();
    await screenshot(page, "meeting-minutes-line-breaks");
    await part(page.getByRole("region", { name: "Møder" }), "meeting-minutes-line-breaks-part");
    await expectAccessible(page);
  }, 240_000);

  it("the citizen's name is part of the visible heading of each agreement page", async () => {
    for (const kind of ["organisational", "citizen"]) {
      await page.goto(`${caseUrl}/aftaler/${kind}`);
      const heading = page.getByRole("heading", { level: 1 });
      await heading.getByText(/– Jannie Krog$/).waitFor();
      expect(await heading.locator(".visually-hidden").count()).toBe(0);
      expect(await shownText(heading)).toMatch(/^Samarbejdsaftale – .* – Jannie Krog$/);
    }
    await screenshot(page, "agreement-heading-citizen-name");
    await part(page.getByRole("heading", { level: 1 }), "agreement-heading-citizen-name-part");
  });
});
