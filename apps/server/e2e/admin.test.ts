import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chromiumPath, screenshot } from "./chromium";
import type { ServerProcess } from "./server-process";
import { closeStaffBrowser, openStaffBrowser, signInAs } from "./staff-browser";

const executablePath = chromiumPath();

/** What the page's one live region says. */
const status = (page: Page, text: string) =>
  page.getByRole("status").filter({ hasText: text }).waitFor();

// In a real browser: administration is the only way to grant access. Rikke (the
// demo's administrator) sets up a unit and a person and changes the person's role; Jonas
// (staff) neither sees the page nor can call its procedures.
describe.skipIf(!executablePath)("administration in the staff app", () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openStaffBrowser(executablePath as string));
  });
  afterAll(() => closeStaffBrowser({ server, browser }));

  it("Rikke opens Administration from the menu and sees the organisations", async () => {
    await page.goto(`${server.url}/`);
    await signInAs(page, "rikke");
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    await nav.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
    const table = page.getByRole("table", { name: "Organisationer efter navn" });
    await table.getByRole("rowheader", { name: "Holstebro Kommune" }).waitFor();
    expect(await table.getByRole("row").count()).toBeGreaterThan(4);
    await screenshot(page, "admin-organisations");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("creates a unit: an empty form gets the error summary, a taken name the server's message", async () => {
    const subNav = page.getByRole("navigation", { name: "Administrationens sider" });
    await subNav.getByRole("link", { name: "Enheder" }).click();
    await page.getByRole("table", { name: "Enheder efter organisation og navn" }).waitFor();
    await page.getByRole("link", { name: "Opret enhed" }).click();
    await page.getByRole("heading", { level: 1, name: "Opret enhed" }).waitFor();

    await page.getByRole("button", { name: "Opret enhed" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Der er et problem" });
    await summary
      .getByRole("link", { name: "Vælg den organisation, enheden hører til." })
      .waitFor();
    await summary.getByRole("link", { name: "Skriv enhedens navn (højst 200 tegn)." }).waitFor();
    // The summary takes focus; its link moves focus to the field.
    await summary.getByRole("link", { name: "Skriv enhedens navn (højst 200 tegn)." }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("unit-name");
    await screenshot(page, "admin-unit-errors");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Organisation").selectOption({ label: "Holstebro Kommune" });
    await page.getByLabel("Enhed", { exact: true }).fill("Jobcenter Holstebro");
    await page.getByRole("button", { name: "Opret enhed" }).click();
    await status(page, "Jobcenter Holstebro, Holstebro Kommune er gemt.");
    const units = page.getByRole("table", { name: "Enheder efter organisation og navn" });
    const row = units.getByRole("row").filter({ hasText: "Jobcenter Holstebro" });
    await row.getByRole("cell", { name: "Ingen leder" }).waitFor();

    // The same name again, in other letters' case: the server says it is taken, at the field.
    await page.getByRole("link", { name: "Opret enhed" }).click();
    await page.getByLabel("Organisation").selectOption({ label: "Holstebro Kommune" });
    await page.getByLabel("Enhed", { exact: true }).fill("jobcenter holstebro");
    await page.getByRole("button", { name: "Opret enhed" }).click();
    const taken = "Organisationen har allerede en enhed med det navn. Skriv et andet navn.";
    await summary.getByRole("link", { name: taken }).waitFor();
    // What was typed is kept.
    expect(await page.getByLabel("Enhed", { exact: true }).inputValue()).toBe(
      "jobcenter holstebro",
    );
    await screenshot(page, "admin-unit-name-taken");
  });

  it("creates a person in the new unit and makes her its leader", async () => {
    await page.getByRole("link", { name: "Tilbage til listen" }).click();
    const subNav = page.getByRole("navigation", { name: "Administrationens sider" });
    await subNav.getByRole("link", { name: "Personer" }).click();
    await page.getByRole("table", { name: "Personer efter organisation, enhed og navn" }).waitFor();
    await page.getByRole("link", { name: "Opret person" }).click();
    await page.getByRole("heading", { level: 1, name: "Opret person" }).waitFor();
    await page.getByLabel("Navn").fill("Sara Juhl");
    await page.getByLabel("Stilling").fill("Jobkonsulent");
    await page.getByRole("radio", { name: "Medarbejder" }).check();
    await page.getByLabel("Enhed").selectOption({ label: "Jobcenter Holstebro" });
    await page.getByLabel("E-mail").fill("ikke-en-adresse");
    await page.getByRole("button", { name: "Opret person" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Der er et problem" });
    await summary
      .getByRole("link", { name: "Skriv en e-mailadresse som navn@eksempel.dk." })
      .waitFor();
    await page.getByLabel("E-mail").fill("sara.juhl@holstebro.invalid");
    await page.getByLabel("Login-id fra OpenID Connect (valgfrit)").fill("holstebro|sara.juhl");
    await screenshot(page, "admin-person-form");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Opret person" }).click();
    await status(page, "Sara Juhl er gemt.");
    const people = page.getByRole("table", { name: "Personer efter organisation, enhed og navn" });
    const row = people.getByRole("row").filter({ hasText: "Sara Juhl" });
    await row.getByRole("cell", { name: "Medarbejder" }).waitFor();

    await row.getByRole("link", { name: "Ret Sara Juhl" }).click();
    await page.getByRole("heading", { level: 1, name: "Ret Sara Juhl" }).waitFor();
    await page.getByRole("radio", { name: "Leder" }).check();
    await page.getByLabel("Stilling").fill("Afdelingsleder");
    await page.getByRole("button", { name: "Gem" }).click();
    await status(page, "Sara Juhl er gemt.");
    await people
      .getByRole("row")
      .filter({ hasText: "Sara Juhl" })
      .getByRole("cell", { name: "Leder", exact: true })
      .waitFor();
    await screenshot(page, "admin-people");
    expect(await accessibilityViolations(page)).toEqual([]);

    // The unit now says who leads it.
    const subNavAgain = page.getByRole("navigation", { name: "Administrationens sider" });
    await subNavAgain.getByRole("link", { name: "Enheder" }).click();
    await page
      .getByRole("table", { name: "Enheder efter organisation og navn" })
      .getByRole("row")
      .filter({ hasText: "Jobcenter Holstebro" })
      .getByRole("cell", { name: "Sara Juhl" })
      .waitFor();
  });

  it("refuses a save when another administrator saved the person meanwhile, and keeps what was typed", async () => {
    await page.goto(`${server.url}/administration?visning=personer`);
    const people = page.getByRole("table", { name: "Personer efter organisation, enhed og navn" });
    await people.getByRole("link", { name: "Ret Sara Juhl" }).click();
    await page.getByRole("heading", { level: 1, name: "Ret Sara Juhl" }).waitFor();
    await page.getByLabel("Stilling").fill("Jobcenterleder");

    // Meanwhile another administrator gives Sara a phone number and another title.
    const listed = await page.request.get(`${server.url}/trpc/admin.people`);
    const sara = ((await listed.json()).result.data.json as Array<Record<string, unknown>>).find(
      (person) => person.name === "Sara Juhl",
    );
    const theirs = await page.request.post(`${server.url}/trpc/admin.updatePerson`, {
      headers: { "Content-Type": "application/json", Origin: server.url },
      data: {
        json: {
          personId: sara?.personId,
          unitId: sara?.unitId,
          name: "Sara Juhl",
          title: "Teamleder",
          role: sara?.role,
          email: sara?.email,
          phone: "96 11 22 33",
          subject: sara?.subject,
        },
      },
    });
    expect(theirs.status()).toBe(200);

    await page.getByRole("button", { name: "Gem" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Der er et problem" });
    // A field only they changed now shows what they saved…
    await summary
      .getByRole("link", {
        name: "En anden har ændret feltet, mens du havde siden åben. Feltet viser nu det gemte: 96 11 22 33.",
      })
      .waitFor();
    expect(await page.getByLabel("Telefon (valgfrit)").inputValue()).toBe("96 11 22 33");
    // …and one both changed keeps Rikke's text, with theirs beside it.
    await summary
      .getByRole("link", {
        name: "En anden har ændret feltet, mens du havde siden åben. Gemt nu: Teamleder. Du har også ændret det; gem igen for at bruge din tekst.",
      })
      .waitFor();
    expect(await page.getByLabel("Stilling").inputValue()).toBe("Jobcenterleder");
    await screenshot(page, "admin-person-changed-meanwhile");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Saving again, now over what is saved, keeps both: Rikke's title and their phone number.
    await page.getByRole("button", { name: "Gem" }).click();
    await status(page, "Sara Juhl er gemt.");
    const row = people.getByRole("row").filter({ hasText: "Sara Juhl" });
    await row.getByRole("cell", { name: "Jobcenterleder" }).waitFor();
    const after = await page.request.get(`${server.url}/trpc/admin.people`);
    expect(
      ((await after.json()).result.data.json as Array<Record<string, unknown>>).find(
        (person) => person.name === "Sara Juhl",
      ),
    ).toMatchObject({ title: "Jobcenterleder", phone: "96 11 22 33" });
  });

  it("a unit renamed meanwhile: the name field says so, and a second save renames it on purpose", async () => {
    await page.goto(`${server.url}/administration?visning=enheder`);
    const units = page.getByRole("table", { name: "Enheder efter organisation og navn" });
    await units.getByRole("link", { name: "Ret Jobcenter Holstebro" }).click();
    await page
      .getByRole("heading", { level: 1, name: "Ret enheden Jobcenter Holstebro" })
      .waitFor();
    await page.getByLabel("Enhed", { exact: true }).fill("Jobcenter Nord");

    const listed = await page.request.get(`${server.url}/trpc/admin.units`);
    const unit = ((await listed.json()).result.data.json as Array<Record<string, unknown>>).find(
      (row) => row.name === "Jobcenter Holstebro",
    );
    const theirs = await page.request.post(`${server.url}/trpc/admin.updateUnit`, {
      headers: { "Content-Type": "application/json", Origin: server.url },
      data: { json: { unitId: unit?.unitId, name: "Jobcenteret" } },
    });
    expect(theirs.status()).toBe(200);

    await page.getByRole("button", { name: "Gem" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Der er et problem" })
      .getByRole("link", {
        name: "En anden har ændret feltet, mens du havde siden åben. Gemt nu: Jobcenteret. Du har også ændret det; gem igen for at bruge din tekst.",
      })
      .waitFor();
    expect(await page.getByLabel("Enhed", { exact: true }).inputValue()).toBe("Jobcenter Nord");
    await page.getByRole("button", { name: "Gem" }).click();
    await status(page, "Jobcenter Nord, Holstebro Kommune er gemt.");
    await units.getByRole("row").filter({ hasText: "Jobcenter Nord" }).waitFor();
  });

  it("deactivates a person only after a confirmation that names them; Ali can no longer sign in", async () => {
    await page.goto(`${server.url}/administration?visning=personer`);
    const people = page.getByRole("table", { name: "Personer efter organisation, enhed og navn" });
    await people.getByRole("link", { name: "Ret Ali Hassan" }).click();
    await page.getByRole("heading", { level: 1, name: "Ret Ali Hassan" }).waitFor();
    await page.getByRole("button", { name: "Deaktivér Ali Hassan" }).click();
    await page.getByText("Deaktivér Ali Hassan?").waitFor();
    // Nothing has happened yet.
    await page.getByText("Ali Hassan kan logge ind.").waitFor();
    await screenshot(page, "admin-deactivate-confirm");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, deaktivér" }).click();
    await status(page, "Ali Hassan er deaktiveret og logget ud.");
    await page.getByText(/^Ali Hassan blev deaktiveret .* og kan ikke logge ind\.$/).waitFor();

    // The demo sign-in no longer offers Ali.
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByLabel("Bruger").waitFor();
    const users = await page.getByLabel("Bruger").locator("option").allTextContents();
    expect(users.join(" ")).not.toContain("Ali Hassan");
  });

  it("Jonas (staff) sees no Administration link, is told the page is not for him, and is refused by the API", async () => {
    await signInAs(page, "jonas");
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    await nav.getByRole("link", { name: "Mine sager" }).waitFor();
    await nav.getByRole("link", { name: "Notifikationer" }).waitFor();
    expect(await nav.getByRole("link", { name: "Administration" }).count()).toBe(0);

    await page.goto(`${server.url}/administration?visning=personer`);
    await page.getByText("Kun administratorer har adgang til administrationen.").waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    await screenshot(page, "admin-refused");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Straight to the API with his own session: FORBIDDEN, and nothing is created.
    const created = await page.request.post(`${server.url}/trpc/admin.createOrganisation`, {
      headers: { "Content-Type": "application/json", Origin: server.url },
      data: { json: { name: "Jonas' egen organisation", sector: "region" } },
    });
    expect(created.status()).toBe(403);
    const listed = await page.request.get(`${server.url}/trpc/admin.people`);
    expect(listed.status()).toBe(403);
    expect(await listed.text()).not.toContain("Sara Juhl");

    await signInAs(page, "rikke");
    await page.goto(`${server.url}/administration`);
    await page.getByRole("table", { name: "Organisationer efter navn" }).waitFor();
    expect(await page.getByText("Jonas' egen organisation").count()).toBe(0);
  });

  it("Hanne (leader) checks each new initiative's CPR number against the CPR register under CPR-tjek", async () => {
    // Jonas registers an initiative; whatever Samstemt knows about the number, it waits for
    // his leader's check like every other.
    await page.goto(`${server.url}/`);
    await signInAs(page, "jonas");
    const cpr = "2214901357";
    const registered = await page.request.post(`${server.url}/trpc/initiative.registerInitiative`, {
      headers: { "Content-Type": "application/json", Origin: server.url },
      data: {
        json: {
          citizen: { cpr, name: "Anna Første" },
          initiativeAt: new Date(Date.now() - 86_400_000).toISOString(),
          reasons: { categories: ["self_harm"], text: null },
          citizenStance: "accepts_help",
          citizenStanceNote: null,
        },
      },
    });
    expect(registered.status()).toBe(200);
    const nav = page.getByRole("navigation", { name: "Hovedmenu" });
    expect(await nav.getByRole("link", { name: "CPR-tjek" }).count()).toBe(0);

    await signInAs(page, "hanne");
    await nav.getByRole("link", { name: "CPR-tjek" }).click();
    await page.getByRole("heading", { level: 1, name: "Tjek af CPR-numre" }).waitFor();
    const table = page.getByRole("table", { name: "Initiativer, hvis CPR-nummer venter på tjek" });
    const row = table.getByRole("row").filter({ hasText: "Anna Første" });
    await row.getByRole("cell", { name: cpr }).waitFor();
    await row.getByRole("cell", { name: "Jonas Bech" }).waitFor();
    await screenshot(page, "identity-checks");
    expect(await accessibilityViolations(page)).toEqual([]);

    // She looks the number up in the CPR register and writes the name it gives; an empty
    // field is stopped in the error summary, and the way to decline a mistyped number shown.
    await row.getByRole("button", { name: /^Tjek mod CPR-registret/ }).click();
    const form = page.getByRole("region", {
      name: "Tjek CPR-nummeret for Anna Første mod CPR-registret",
    });
    await form.getByRole("button", { name: "Bekræft CPR-nummeret" }).click();
    await form.getByText("Skriv navnet fra CPR-registret.").first().waitFor();
    await form.getByRole("link", { name: /for at afvise initiativet/ }).waitFor();
    await screenshot(page, "identity-check-form");
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByLabel("Navn i CPR-registret").fill("Anna  Første");
    await form.getByRole("button", { name: "Bekræft CPR-nummeret" }).click();
    await page.getByRole("status").filter({ hasText: "er tjekket mod CPR-registret" }).waitFor();
    // The list is fetched again after the check: the row leaves it.
    await row.waitFor({ state: "detached" });
    expect(await table.getByText("Anna Første").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
