import { JOB_TIME_ZONE } from "@samstemt/worker";
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

/** Chooses the option whose text starts with `prefix` (titles and units follow the name). */
async function selectStartingWith(select: Locator, prefix: string) {
  await select.locator("option", { hasText: prefix }).first().waitFor({ state: "attached" });
  const value = await select.evaluate(
    (element, start) =>
      Array.from((element as HTMLSelectElement).options).find((option) =>
        option.text.startsWith(start),
      )?.value ?? "",
    prefix,
  );
  expect(value).not.toBe("");
  await select.selectOption(value);
}

const isFocused = (locator: ReturnType<Page["getByRole"]>) =>
  locator.evaluate((element) => element === document.activeElement);

describe.skipIf(!executablePath)("the staff app's journey in a real browser", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  /** The case page of the initiative registered in the journey. */
  let journeyCaseUrl = "";

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

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
    await screenshot(page, "journey-case-page");
    await expectAccessible(page);
    // Each part of the case has its own address: the team, then the timeline.
    await openCasePart(page, "Team");
    expect(new URL(page.url()).pathname).toMatch(/^\/sager\/[0-9a-f-]{36}\/team$/);
    await expect(isFocused(heading)).resolves.toBe(true);
    expect(await page.title()).toBe("Team – Jannie Krog – Samstemt");
    const team = page.getByRole("region", { name: "Team" });
    await team.getByRole("rowheader", { name: /Mads Østergaard.*Tovholder/ }).waitFor();
    await team
      .getByRole("link", { name: "mads@demo.samstemt.invalid" })
      .waitFor({ timeout: 2000 })
      .catch(() => {});
    await openCasePart(page, "Tidslinje");
    const timeline = page.getByRole("region", { name: "Tidslinje" });
    await timeline.getByText("Samarbejdsmodellen aktiveret").waitFor();
    await timeline.getByText("Initiativ registreret").waitFor();
    await screenshot(page, "journey-case-timeline");
    await expectAccessible(page);
    // The address can be shared and bookmarked: reloading it opens the same part of the case.
    await page.reload();
    await page.getByRole("heading", { name: /Jannie Krog/, level: 1 }).waitFor();
    await page.getByRole("region", { name: "Tidslinje" }).waitFor();
    // Back goes back, part by part, to the list.
    await page.goBack();
    await page.getByRole("region", { name: "Team" }).waitFor();
    await page.goBack();
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
    journeyCaseUrl = page.url();
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
    await page.getByText("kan samarbejdsmodellen ikke bruges").first().waitFor();
    await page.getByRole("button", { name: "Fortsæt" }).click();
    const r3 = page.getByRole("region", { name: "Samarbejdsmodellen kan ikke bruges" });
    await r3.getByText("PSP-samarbejdet").waitFor();
    await r3.getByText("psykiatrilovens § 13 b").waitFor();
    await screenshot(page, "journey-initiative-r3-check");
    await page.getByRole("button", { name: "Registrér som ikke omfattet" }).click();
    await page.getByRole("heading", { name: /Erik Afvisersen/, level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Ikke omfattet");
    await page
      .getByRole("region", { name: "Samarbejdsmodellen kan ikke bruges" })
      .getByText("PSP-samarbejdet")
      .waitFor();
    await screenshot(page, "journey-initiative-r3-case");
    await expectAccessible(page);
  });

  it("R5: the initiator's own leader finds the initiative in her tasks and endorses it, after a confirmation", async () => {
    await page.goto(`${server.url}/`);
    await signInAs(page, "hanne");
    // Signing in as someone else at the same address shows that person's page at once.
    await page.getByText("Logget ind som Hanne Kjær").waitFor();
    await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
    await page.getByRole("region", { name: "Invitationer til Regionspsykiatrien Vest" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    await nav.getByText(/opgaver venter|opgave venter/).waitFor();
    await screenshot(page, "journey-tasks-leader");
    await expectAccessible(page);
    await page
      .getByRole("link", { name: "Godkend eller afvis initiativet – Rasmus Testrup Holm" })
      .click();
    const decide = page.getByRole("region", { name: "Godkend eller afvis initiativet" });
    await decide.waitFor();
    await screenshot(page, "journey-decide");
    await expectAccessible(page);
    await decide.getByRole("button", { name: "Godkend initiativet" }).click();
    await decide.getByText("Godkend initiativet for Rasmus Testrup Holm?").waitFor();
    await decide.getByRole("button", { name: "Ja, godkend" }).click();
    const news = page.getByRole("status").filter({ hasText: "Initiativet er godkendt." });
    await news.waitFor();
    await expect(news.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await page.getByRole("heading", { level: 1, name: /Godkendt af leder/ }).waitFor();
  });

  it("R6: she joins for her organisation, is told why activation must wait, and invites another sector", async () => {
    await page.getByRole("button", { name: "Deltag for Regionspsykiatrien Vest" }).click();
    const blocked = page.getByRole("region", {
      name: "Samarbejdsmodellen kan ikke aktiveres endnu",
    });
    await blocked.getByText("mindst 2 sektorer deltager.").waitFor();
    await blocked.getByText("Der mangler 1 sektor mere.").waitFor();
    const invite = page.getByRole("region", { name: "Invitér en organisation" });
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await invite.getByText("Vælg den organisation, du vil invitere.").waitFor();
    await invite.getByLabel("Organisation").selectOption({ label: "Holstebro Kommune (Kommune)" });
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await page.getByRole("status").filter({ hasText: "Holstebro Kommune er inviteret." }).waitFor();
    await blocked.getByText("Venter på svar fra: Holstebro Kommune.").waitFor();
    await screenshot(page, "journey-activation-blocked");
    await expectAccessible(page);
  });

  it("R6, R7: the invited leader joins from her tasks and activates the model with a team and a coordinator", async () => {
    await signInAs(page, "lene");
    await page.goto(`${server.url}/`);
    const invitations = page.getByRole("region", { name: "Invitationer til Holstebro Kommune" });
    await invitations
      .getByRole("button", { name: /^Deltag i sagen – inviteret af Hanne Kjær/ })
      .click();
    await page
      .getByRole("status")
      .filter({ hasText: "Holstebro Kommune deltager nu i sagen." })
      .waitFor();
    await page
      .getByRole("link", {
        name: /^Aktivér samarbejdsmodellen og udpeg team og tovholder – Rasmus Testrup Holm/,
      })
      .click();
    const activate = page.getByRole("region", {
      name: /^Aktivér samarbejdsmodellen: udpeg team og tovholder/,
    });
    await activate.waitFor();
    await activate.getByLabel(/^Jonas Bech,/).check();
    await activate.getByLabel(/^Mads Østergaard,/).check();
    await activate.getByRole("button", { name: "Aktivér samarbejdsmodellen" }).click();
    // Roles and a coordinator are missing: the summary says so, above the heading.
    const summary = activate.getByRole("alert").filter({ hasText: "Der er et problem" });
    await summary.getByRole("link", { name: "Skriv rollen for Jonas Bech." }).waitFor();
    await summary
      .getByRole("link", { name: "Vælg en tovholder blandt teamets medlemmer." })
      .waitFor();
    await screenshot(page, "journey-activate-errors");
    await expectAccessible(page);
    await activate
      .getByRole("group", { name: "Jonas Bech: rolle og kontakt" })
      .getByLabel("Rolle i teamet")
      .fill("Behandler, distriktspsykiatrien");
    await activate
      .getByRole("group", { name: "Mads Østergaard: rolle og kontakt" })
      .getByLabel("Rolle i teamet")
      .fill("Kontaktperson, bostøtte");
    await activate
      .getByLabel("Tovholder", { exact: true })
      .selectOption({ label: "Mads Østergaard" });
    await activate.getByRole("button", { name: "Aktivér samarbejdsmodellen" }).click();
    await activate.getByRole("button", { name: "Ja, aktivér" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Samarbejdsmodellen er aktiveret." })
      .waitFor();
    await page.getByRole("heading", { level: 1, name: /Aktiv/ }).waitFor();
    await openCasePart(page, "Team");
    const team = page.getByRole("region", { name: "Team" });
    await team.getByRole("rowheader", { name: /Mads Østergaard.*Tovholder/ }).waitFor();
    await screenshot(page, "journey-activated");
    await expectAccessible(page);
  });

  it("R7–R9: the coordinator plans the first collaboration meeting and records it with minutes before the deadline", async () => {
    await signInAs(page, "mads");
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Planlæg næste møde – Rasmus Testrup Holm" }).click();
    const schedule = page.getByRole("region", { name: "Planlæg et møde" });
    // The task opens the meetings part of the case, where meetings are planned.
    expect(new URL(page.url()).pathname).toMatch(/\/moeder$/);
    await schedule.waitFor();
    const tomorrow = danishDateParts(new Date(Date.now() + 86_400_000));
    await schedule.getByLabel("Dag").fill(tomorrow.day);
    await schedule.getByLabel("Måned").fill(tomorrow.month);
    await schedule.getByLabel("År").fill(tomorrow.year);
    await schedule.getByLabel("Klokkeslæt").fill("10.00");
    // R7: where, and a link that is not a web address is caught before it is sent.
    await schedule.getByLabel("Sted").fill("Rådhuset, mødelokale 2");
    await schedule.getByLabel("Link til videomøde").fill("javascript:alert(1)");
    await schedule.getByRole("button", { name: "Planlæg mødet" }).click();
    await page
      .getByRole("alert")
      .getByRole("link", { name: /Skriv linket som en webadresse/ })
      .click();
    await schedule.getByLabel("Link til videomøde").fill("https://video.example.dk/m/1");
    await schedule
      .getByRole("group", { name: "Hvem fra teamet inviteres?" })
      .getByRole("checkbox")
      .first()
      .check();
    await schedule.getByRole("button", { name: "Planlæg mødet" }).click();
    await page.getByRole("status").filter({ hasText: "Mødet er planlagt." }).waitFor();
    const meetingList = page.getByRole("region", { name: "Møder" });
    await meetingList.getByText("Planlagt", { exact: true }).waitFor();
    await meetingList.getByText("Sted: Rådhuset, mødelokale 2").waitFor();
    await meetingList.getByRole("link", { name: /Åbn videomødet/ }).waitFor();
    await meetingList.getByText(/^Inviteret: /).waitFor();

    const record = page.getByRole("region", { name: /^Registrér et holdt møde/ });
    const today = danishDateParts(new Date());
    await record.getByLabel("Dag").fill(today.day);
    await record.getByLabel("Måned").fill(today.month);
    await record.getByLabel("År").fill(today.year);
    await record.getByLabel("Klokkeslæt").fill("00.01");
    await record.getByRole("button", { name: "Registrér mødet" }).click();
    await record.getByRole("link", { name: "Vælg, om borgeren deltog." }).waitFor();
    await record.getByLabel("Ja").check();
    await record.getByLabel("Jonas Bech").check();
    await record.getByLabel("Mads Østergaard").check();
    await record
      .getByLabel("Beslutningsreferat")
      .fill("Rasmus vil gerne have hjælp til bolig. Mads tager kontakt til boligkontoret.");
    await record.getByRole("button", { name: "Registrér mødet" }).click();
    await record.getByRole("button", { name: "Ja, registrér" }).click();
    await page.getByRole("status").filter({ hasText: "Mødet er registreret som holdt." }).waitFor();
    await page.getByText("Første møde holdt inden for fristen").first().waitFor();
    await page
      .getByRole("region", { name: "Møder" })
      .getByText("Mads tager kontakt til boligkontoret.")
      .waitFor();
    // A held meeting says the citizen was invited, not that they are.
    await page.getByRole("region", { name: "Møder" }).getByText("Borgeren var inviteret").waitFor();
    await screenshot(page, "journey-first-meeting-held");
    await expectAccessible(page);
    await openCasePart(page, "Tidslinje");
    await page
      .getByRole("region", { name: "Tidslinje" })
      .getByText("Samarbejdsmøde holdt")
      .waitFor();
  });

  it("a conflict — someone changed the case meanwhile — says so and keeps what was typed", async () => {
    await signInAs(page, "hanne");
    await page.goto(`${journeyCaseUrl}/team`);
    const add = page.getByRole("form", { name: "Tilføj et medlem" });
    await selectStartingWith(add.getByLabel("Person"), "Sofie Lund,");
    await add.getByLabel("Rolle i teamet").fill("Sygeplejerske, sengeafsnit");

    // Meanwhile Lene, in another browser, adds Ali Hassan to the same team.
    const other = await browser.newContext({ locale: "da-DK" });
    const lene = await other.newPage();
    await lene.goto(`${server.url}/`);
    await signInAs(lene, "lene");
    await lene.goto(`${journeyCaseUrl}/team`);
    const leneAdds = lene.getByRole("form", { name: "Tilføj et medlem" });
    await selectStartingWith(leneAdds.getByLabel("Person"), "Ali Hassan,");
    await leneAdds.getByLabel("Rolle i teamet").fill("Misbrugsbehandling");
    await leneAdds.getByRole("button", { name: "Tilføj til teamet" }).click();
    await lene.getByRole("status").filter({ hasText: "Ali Hassan er tilføjet teamet." }).waitFor();
    await other.close();

    await add.getByRole("button", { name: "Tilføj til teamet" }).click();
    await add.getByRole("alert").filter({ hasText: "ændret af en anden i mellemtiden" }).waitFor();
    expect(await add.getByLabel("Rolle i teamet").inputValue()).toBe("Sygeplejerske, sengeafsnit");
    await page
      .getByRole("region", { name: "Team" })
      .getByRole("rowheader", { name: /Ali Hassan/ })
      .waitFor();
    await screenshot(page, "journey-conflict");
    // The newest version is loaded: trying again works.
    await add.getByRole("button", { name: "Tilføj til teamet" }).click();
    await page.getByRole("status").filter({ hasText: "Sofie Lund er tilføjet teamet." }).waitFor();
  });

  it("R7: a leader updates a member's role, tasks and phone; errors sum up above the heading, a conflict keeps what was typed", async () => {
    await signInAs(page, "hanne");
    await page.goto(`${journeyCaseUrl}/team`);
    const edit = page.getByRole("region", { name: /^Ret rolle, opgaver og kontaktoplysninger/ });
    await edit.getByLabel("Hvem skal rettes?").selectOption({ label: "Ali Hassan" });
    expect(await edit.getByLabel("Rolle i teamet").inputValue()).toBe("Misbrugsbehandling");
    await edit.getByLabel("Rolle i teamet").fill("   ");
    await edit.getByRole("button", { name: "Gem ændringerne" }).click();
    await edit
      .getByRole("alert")
      .getByRole("link", { name: "Skriv medlemmets rolle i teamet, fx kontaktperson." })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-role$/);
    await edit.getByLabel("Rolle i teamet").fill("Misbrugsbehandler, rusmiddelcenter");
    await edit.getByLabel("Opgaver i sagen (valgfri)").fill("Behandling og samtaler");
    await edit.getByLabel("Telefon").fill("+45 22 33 44 55");

    // Meanwhile Lene changes the case in another browser: the save meets a conflict.
    const other = await browser.newContext({ locale: "da-DK" });
    const lene = await other.newPage();
    await lene.goto(`${server.url}/`);
    await signInAs(lene, "lene");
    await lene.goto(`${journeyCaseUrl}/team`);
    const leneEdits = lene.getByRole("region", {
      name: /^Ret rolle, opgaver og kontaktoplysninger/,
    });
    await leneEdits.getByLabel("Hvem skal rettes?").selectOption({ label: "Sofie Lund" });
    await leneEdits.getByLabel("Opgaver i sagen (valgfri)").fill("Medicin");
    await leneEdits.getByRole("button", { name: "Gem ændringerne" }).click();
    await lene
      .getByRole("status")
      .filter({ hasText: "Oplysningerne om Sofie Lund er gemt." })
      .waitFor();
    await other.close();

    await edit.getByRole("button", { name: "Gem ændringerne" }).click();
    await edit.getByRole("alert").filter({ hasText: "ændret af en anden i mellemtiden" }).waitFor();
    expect(await edit.getByLabel("Rolle i teamet").inputValue()).toBe(
      "Misbrugsbehandler, rusmiddelcenter",
    );
    expect(await edit.getByLabel("Telefon").inputValue()).toBe("+45 22 33 44 55");
    await page.getByRole("region", { name: "Team" }).getByText("Medicin").waitFor();
    // The newest version is loaded: trying again works.
    await edit.getByRole("button", { name: "Gem ændringerne" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Oplysningerne om Ali Hassan er gemt." })
      .waitFor();
    const team = page.getByRole("region", { name: "Team" });
    await team.getByText("Misbrugsbehandler, rusmiddelcenter").waitFor();
    await team.getByText("+45 22 33 44 55").waitFor();
    await screenshot(page, "journey-member-updated");
    await expectAccessible(page);
  });

  it("searches by name among the cases the person may see, never showing others", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmenu" })
      .getByRole("link", { name: "Søg" })
      .click();
    await page.getByRole("heading", { name: "Søg efter en borger", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Søg" }).click();
    await page.getByRole("link", { name: /Skriv mindst to tegn/ }).waitFor();
    await page.getByLabel("Navn eller CPR-nummer").fill("Jannie");
    await page.getByRole("button", { name: "Søg" }).click();
    await page.getByRole("heading", { name: "1 sag for »Jannie«" }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("Jannie");
    await page.getByRole("link", { name: "Jannie Krog" }).waitFor();
    await screenshot(page, "journey-search");
    await expectAccessible(page);
    // Maja Søgaard's case exists, but Mads does not work on it: the search does not show it.
    await page.getByLabel("Navn eller CPR-nummer").fill("Maja Søgaard");
    await page.getByRole("button", { name: "Søg" }).click();
    await page.getByRole("heading", { name: "0 sager for »Maja Søgaard«" }).waitFor();
    await page.getByText("Ingen sager, du har adgang til").waitFor();
  });

  it("works with the keyboard alone: skip link, menu, search, result, case page", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: "Mine opgaver", level: 1 }).waitFor();
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(
          () => document.activeElement?.textContent?.trim() ?? "",
        );
        if (focused === name) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Gå til indhold");
    await tabTo("Søg");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Søg efter en borger", level: 1 }).waitFor();
    // Focus is on the page's heading; the search field is next.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-query");
    await page.keyboard.type("Jannie");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "1 sag for »Jannie«" }).waitFor();
    await tabTo("Jannie Krog");
    await page.keyboard.press("Enter");
    const heading = page.getByRole("heading", { name: /Jannie Krog/, level: 1 });
    await heading.waitFor();
    await expect(isFocused(heading)).resolves.toBe(true);
    // The case's parts are links in its sub-navigation: Tab reaches them, Enter opens one.
    await tabTo("Møder");
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "Møder" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/moeder$/);
    await expect(isFocused(heading)).resolves.toBe(true);
  });

  it("R5: a decline needs a reason, asks first, and the initiator finds the outcome in his tasks", async () => {
    await signInAs(page, "hanne");
    await page.goto(`${server.url}/`);
    await page
      .getByRole("link", { name: "Godkend eller afvis initiativet – Louise Thygesen" })
      .click();
    const decide = page.getByRole("region", { name: "Godkend eller afvis initiativet" });
    await decide.getByRole("button", { name: "Afvis initiativet" }).click();
    await decide.getByText("Skriv en begrundelse for at afvise initiativet.").waitFor();
    const reason = decide.getByLabel("Bemærkning eller begrundelse");
    await expect(reason.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true,
    );
    await reason.fill("Borgeren har allerede et koordineret forløb.");
    await decide.getByRole("button", { name: "Afvis initiativet" }).click();
    await decide.getByText("Afvis initiativet for Louise Thygesen?").waitFor();
    await decide.getByRole("button", { name: "Ja, afvis" }).click();
    await page.getByRole("status").filter({ hasText: "Initiativet er afvist." }).waitFor();
    await page.getByRole("heading", { level: 1, name: /Afvist af leder/ }).waitFor();

    await signInAs(page, "jonas");
    await page.goto(`${server.url}/`);
    await page
      .getByRole("link", { name: "Din leder har afvist initiativet – Louise Thygesen" })
      .click();
    await page
      .getByRole("region", { name: "Initiativet er afvist" })
      .getByText("Borgeren har allerede et koordineret forløb.")
      .waitFor();
  });

  it("fits a tablet: the case page in portrait, accessible", async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(journeyCaseUrl);
    await page.getByRole("heading", { name: /Rasmus Testrup Holm/, level: 1 }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
    await screenshot(page, "journey-case-tablet");
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("is available in English too", async () => {
    await page.getByLabel("Sprog").selectOption("en");
    await page
      .getByRole("navigation", { name: "Main menu" })
      .getByRole("link", { name: /My tasks/ })
      .click();
    await page.getByRole("heading", { name: "My tasks", level: 1 }).waitFor();
    await screenshot(page, "journey-tasks-english");
    await expectAccessible(page);
    await page.getByLabel("Language").selectOption("da");
  });
});

function danishDateParts(at: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: JOB_TIME_ZONE,
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).formatToParts(at);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return { day: value("day"), month: value("month"), year: value("year") };
}
