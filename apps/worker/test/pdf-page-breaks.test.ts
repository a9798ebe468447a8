import { describe, expect, it } from "vitest";
import { renderCitizenAgreement } from "../src/digital-post/render-citizen-agreement";
import { renderMeetingMinutes } from "../src/digital-post/render-meeting-minutes";
import { renderQuarterlyReport } from "../src/reports/render-quarterly-report";
import { citizenAgreement, heldMeeting, names, pdfPages, teamOf } from "./support/pdf-fixtures";

const lines = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}.`).join("\n");

const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text));
/** The title names the agreement "… Borger/patient & Team", so a party's line is its last use. */
const lastPageOf = (pages: string[], text: string) =>
  pages.length - 1 - [...pages].reverse().findIndex((page) => page.includes(text));

describe("a long block never leaves a page half empty, and a heading never stands alone", () => {
  it("the citizen agreement: a section longer than what is left of the page starts there and runs on", async () => {
    const pages = await pdfPages(
      await renderCitizenAgreement(citizenAgreement({ citizenGoal: lines("Mål", 90) })),
    );
    // It does not wait for the next page: heading and first line on page 1, the end on page 2.
    expect(pageOf(pages, "Dit mål Mål 1.")).toBe(0);
    expect(pageOf(pages, "Mål 90.")).toBe(1);
  });

  it("the citizen agreement: wherever the page ends, a heading keeps its first three lines", async () => {
    // The goal before it grows a line at a time, so the page ends at every point of the
    // five-line section that follows.
    for (let before = 38; before <= 48; before++) {
      const pages = await pdfPages(
        await renderCitizenAgreement(
          citizenAgreement({ citizenGoal: lines("Mål", before), teamGoal: lines("Team", 5) }),
        ),
      );
      const heading = pageOf(pages, "Teamets mål");
      expect(pageOf(pages, "Team 3."), `${before} lines before`).toBe(heading);
    }
  });

  it("the meeting minutes: long decisions start under their heading on the page where they are", async () => {
    const pages = await pdfPages(
      await renderMeetingMinutes(
        teamOf([{ personId: "p-1", name: names.polish, role: "Tovholder" }]),
        heldMeeting(lines("Beslutning", 120)),
      ),
    );
    expect(pageOf(pages, "Det blev besluttet Beslutning 1.")).toBe(0);
    expect(pageOf(pages, "Beslutning 120.")).toBe(2);
  });

  it("the citizen agreement: the signature lines stay with their heading on one page", async () => {
    for (let before = 73; before <= 79; before++) {
      const pages = await pdfPages(
        await renderCitizenAgreement(citizenAgreement({ teamExpectations: lines("Vi", before) })),
      );
      const heading = pageOf(pages, "Underskrifter");
      expect(heading).toBeGreaterThan(0);
      expect(lastPageOf(pages, "Borger/patient"), `${before} lines before`).toBe(heading);
      expect(pageOf(pages, `For teamet ${names.vietnamese}`), `${before} lines before`).toBe(
        heading,
      );
    }
  });
});

describe("the quarterly report's tables", () => {
  const report = (closingReasons: { reason: string; count: number }[]) =>
    renderQuarterlyReport({
      organisationName: "Holstebro Kommune",
      dashboard: {
        quarter: "2026-Q1",
        trend: [],
        current: { counts: {}, meetingsHeld: 0, meetingsExpected: 0 },
        closingReasons,
      } as never,
      threshold: 5,
      printedAt: new Date("2026-04-01T08:00:00Z"),
    });

  it("a row longer than what is left of the page starts there, its figure beside its first line, and runs on", async () => {
    const pages = await pdfPages(
      await report([
        { reason: lines("Årsag", 90), count: 4321 },
        { reason: "goal_reached", count: 9876 },
      ]),
    );
    // Where it starts depends on what the report holds above it (the page breaks before the
    // table when at most a quarter of the page is left); it starts under its table's heading.
    const start = pageOf(pages, "Årsag 1.");
    expect(start).toBe(pageOf(pages, "Lukkede sager efter årsag"));
    expect(pageOf(pages, "4321")).toBe(start);
    const end = pageOf(pages, "Årsag 90.");
    expect(end).toBeGreaterThan(start);
    // The next row follows the long one's last line, label first.
    expect(pages[end]).toContain("Årsag 90. Målet er nået 9876");
  });

  it("a table continued on the next page repeats its header there; a heading never ends a page", async () => {
    const reasons = Array.from({ length: 70 }, (_, i) => ({
      reason: `Årsag nr. ${i + 1}`,
      count: 5,
    }));
    const pages = await pdfPages(await report(reasons));
    expect(pages.length).toBeGreaterThan(1);
    const continued = pageOf(pages, "Årsag nr. 70");
    expect(continued).toBeGreaterThan(0);
    expect(pages[continued]?.startsWith("Sager")).toBe(true);
    for (const page of pages)
      expect(page).not.toMatch(
        /(Kvartalets tal|Gennemløbstider i kvartalet|Sådan står sagerne nu|Afsluttede sager efter årsag)( Sager| Median 90 %)?$/,
      );
  });
});
