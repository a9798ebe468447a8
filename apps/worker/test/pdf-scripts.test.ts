import { describe, expect, it } from "vitest";
import { renderCitizenAgreement } from "../src/digital-post/render-citizen-agreement";
import { renderMeetingMinutes } from "../src/digital-post/render-meeting-minutes";
import { createPdf } from "../src/pdf/pdf-document";
import { renderQuarterlyReport } from "../src/reports/render-quarterly-report";
import {
  arabicSentence,
  citizenAgreement,
  greekSentence,
  heldMeeting,
  names,
  pdfPages,
  quarterDashboard,
  teamOf,
} from "./support/pdf-fixtures";

/**
 * pdf.js (inside pdf-parse) puts a space before an Arabic vowel mark it finds drawn apart
 * from its letter ("عملا ً" for "عملاً"); that space is the reader's, not the document's.
 */
const withoutSpaceBeforeMarks = (text: string) => text.replace(/\s+(\p{M})/gu, "$1");

async function text(pdf: Buffer): Promise<string> {
  return withoutSpaceBeforeMarks((await pdfPages(pdf)).join(" "));
}

/** The fonts a PDF uses, by their names in the file. */
function fontNames(pdf: Buffer): string[] {
  return [...pdf.toString("latin1").matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1] ?? "");
}

const everyName = Object.values(names);

// Arabic comes back from the PDF in reading order when a line is Arabic only (a name in a
// field of its own, a sentence) or a Danish line with an Arabic name: pdf.js turns the
// right-to-left glyph runs, drawn in visual order, back into reading order. A line that
// mixes both about equally (a name followed by a Danish role) is read back as a
// right-to-left line, so it is not compared here; the visual order is checked below.
describe("names and text in any script come out of every PDF as they went in", () => {
  it("the citizen agreement (R11): the citizen's Arabic name and goal, Greek, Cyrillic, Polish, Turkish, Vietnamese names", async () => {
    const pdf = await renderCitizenAgreement(citizenAgreement());
    const extracted = await text(pdf);
    for (const name of everyName) expect(extracted).toContain(name);
    expect(extracted).toContain(arabicSentence);
    expect(extracted).toContain(greekSentence);
    expect(extracted).toContain(`At ${names.polish} ringer, før han kommer.`);
  });

  it("the meeting minutes (F2): attendees and decisions in every script", async () => {
    const pdf = await renderMeetingMinutes(
      teamOf([
        { personId: "p-1", name: names.greek, role: "Tovholder" },
        { personId: "p-2", name: names.turkish, role: "Bostøtte" },
        { personId: "p-3", name: names.vietnamese, role: "Læge" },
      ]),
      heldMeeting(
        `Mødes med ${names.arabic} hver anden uge.\n${arabicSentence}\n${names.cyrillic} og ${names.polish} følger op.`,
      ),
    );
    const extracted = await text(pdf);
    expect(extracted).toContain(`${names.greek}, Tovholder`);
    expect(extracted).toContain(`${names.turkish}, Bostøtte`);
    expect(extracted).toContain(`${names.vietnamese}, Læge`);
    expect(extracted).toContain(`Mødes med ${names.arabic} hver anden uge.`);
    expect(extracted).toContain(arabicSentence);
    expect(extracted).toContain(`${names.cyrillic} og ${names.polish} følger op.`);
  });

  it("the quarterly report (R12): an organisation's name in any script", async () => {
    for (const organisationName of [
      `Sundhedshus ${names.polish}`,
      "Κέντρο Υγείας Ηρακλείου",
      "مركز الصحة النفسية",
      `Trung tâm ${names.vietnamese}`,
    ]) {
      const pdf = await renderQuarterlyReport({
        organisationName,
        dashboard: quarterDashboard(),
        threshold: 5,
        printedAt: new Date("2026-04-01T08:00:00Z"),
      });
      expect(await text(pdf)).toContain(organisationName);
    }
  });

  it("embeds one Unicode font family and never falls back to a Latin-1 standard font", async () => {
    const pdfs = [
      await renderCitizenAgreement(citizenAgreement()),
      await renderMeetingMinutes(teamOf([]), heldMeeting("Ingen beslutninger.")),
      await renderQuarterlyReport({
        organisationName: "Holstebro Kommune",
        dashboard: quarterDashboard(),
        threshold: 5,
        printedAt: new Date("2026-04-01T08:00:00Z"),
      }),
    ];
    for (const pdf of pdfs) {
      const fonts = fontNames(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      // Subsets of DejaVu Sans ("ABCDEF+DejaVuSans-Bold"), and nothing else.
      for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    }
  });
});

describe("right-to-left text is laid out by the bidirectional algorithm", () => {
  /** The characters of each glyph a line is drawn with, left to right on the page. */
  function drawnOrder(line: string): string {
    const { doc } = createPdf({ margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: {} });
    const font = (
      doc as unknown as {
        _font: { layout(text: string): { glyphs: { codePoints: number[] }[] } };
      }
    )._font;
    const drawn = font
      .layout(line)
      .glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints))
      .join("");
    doc.end();
    return drawn;
  }
  const reversed = (text: string) => [...text].reverse().join("");

  it("draws an Arabic name right to left, its words in reading order from the right", () => {
    expect(drawnOrder(names.arabic)).toBe(reversed(names.arabic));
  });

  it("keeps a Danish line left to right around an Arabic name, and digits left to right inside Arabic", () => {
    expect(drawnOrder(`Navn: ${names.arabic}, Holstebro`)).toBe(
      `Navn: ${reversed(names.arabic)}, Holstebro`,
    );
    expect(drawnOrder("منذ 2019 هنا")).toBe(`${reversed("هنا")} 2019 ${reversed("منذ")}`);
  });

  it("joins Arabic letters into their contextual forms (one shaped run, not letter by letter)", () => {
    const { doc } = createPdf({ margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: {} });
    const font = (
      doc as unknown as { _font: { layout(text: string): { glyphs: { id: number }[] } } }
    )._font;
    const joined = font.layout("محمد").glyphs.map((glyph) => glyph.id);
    const isolated = [..."محمد"].reverse().map((letter) => font.layout(letter).glyphs[0]?.id);
    doc.end();
    expect(joined).toHaveLength(4);
    expect(joined).not.toEqual(isolated);
  });
});
