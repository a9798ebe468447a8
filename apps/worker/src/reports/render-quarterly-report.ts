import type { QuarterDashboard } from "@samstemt/db";
import { quarterDisplayName } from "@samstemt/domain/labels";
import { breakPageBefore, roomLeft } from "../pdf/page-breaks";
import { createPdf } from "../pdf/pdf-document";
import { FONT } from "../pdf/unicode-fonts";
import { JOB_TIME_ZONE } from "../time-zone";

export interface QuarterlyReportInput {
  organisationName: string;
  dashboard: QuarterDashboard;
  /** Counts from 1 to threshold − 1 are printed as "< threshold". */
  threshold: number;
  printedAt: Date;
}

const quarterRows = [
  ["registered", "Initiativer taget"],
  ["endorsed", "Godkendt af egen leder"],
  ["declined", "Afvist af egen leder"],
  ["excluded", "Borgeren afviser al hjælp"],
  ["activated", "Modellen aktiveret"],
  ["active", "Aktive sager i kvartalet"],
  ["closed", "Lukkede sager"],
  ["firstMeetingHeld", "Første samarbejdsmøde holdt"],
  ["deadlineMet", "Frist for første møde overholdt"],
  ["deadlineMissed", "Frist for første møde ikke overholdt"],
  ["crossSectoral", "Sager med mindst to sektorer"],
] as const;

const currentRows = [
  ["activeNow", "Aktive sager"],
  ["deadlineSoon", "Frist for første møde inden for 14 dage"],
  ["overdueNow", "Frist overskredet uden første møde"],
  ["noCoordinator", "Uden tovholder"],
  ["organisationalAgreementUnsigned", "Samarbejdsaftale – Ledere & Team ikke underskrevet"],
  ["citizenAgreementUnsigned", "Samarbejdsaftale – Borger/patient & Team ikke underskrevet"],
  ["noticesUnacknowledged", "Ændringsbesked ikke kvitteret"],
  ["consentLapsing", "Samtykke udløber snart"],
  ["nextMeetingOverdue", "Næste møde forsinket"],
] as const;

const leadTimeRows = [
  ["endorsement", "endorsed", "Dage fra initiativ til godkendelse"],
  ["activation", "activated", "Dage fra initiativ til aktivering"],
  ["firstMeeting", "firstMeetingHeld", "Dage fra initiativ til første samarbejdsmøde"],
] as const;

const closingReasonNames: Record<string, string> = {
  goal_reached: "Målet er nået",
  citizen_moved: "Borgeren er flyttet",
  citizen_withdrew: "Borgeren ønsker ikke at fortsætte",
  transferred_to_other_model: "Overgået til en anden indsats",
  deceased: "Borgeren er død",
  other: "Anden årsag",
};

/** "2026-Q1" → "1. kvartal 2026", as the domain writes a quarter everywhere. */
export function danishQuarter(label: string): string {
  return quarterDisplayName(label, "da");
}

/** A count as the report prints it: small counts hidden so no citizen can be singled out. */
export function reportCount(value: number, threshold: number): string {
  return value > 0 && value < threshold ? `< ${threshold}` : String(value);
}

/**
 * The organisation's quarterly report (R12) as an A4 PDF in Danish: the quarter's figures
 * beside the three quarters before it, lead times, the gaps as the cases stand now and why
 * cases closed. Counts below the threshold print as "< 5"; a median over fewer cases than
 * that is left out, as it would tell about the few.
 */
export function renderQuarterlyReport(input: QuarterlyReportInput): Promise<Buffer> {
  const { dashboard, threshold } = input;
  const { doc, done } = createPdf({
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: {
      Title: `Kvartalsrapport ${danishQuarter(dashboard.quarter)} – ${input.organisationName}`,
      Author: "Samstemt",
      Subject: "Den tværsektorielle samarbejdsmodel: kvartalsvis opfølgning",
    },
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const count = (value: number) => reportCount(value, threshold);

  const headingFont = () => doc.font(FONT.bold).fontSize(13).fillColor("#1a1a1a");
  const cellFont = (bold: boolean) => doc.font(bold ? FONT.bold : FONT.regular).fontSize(9.5);
  const heading = (text: string) => {
    doc.moveDown(1.2);
    headingFont();
    // A heading starts a new page rather than stand alone at the foot of one.
    const together = doc.heightOfString(text, { width }) + 4 * doc.currentLineHeight(true);
    breakPageBefore(doc, { height: together, together });
    doc.text(text, left);
    doc.moveDown(0.4);
  };
  /** A table under its heading: the first column for the label, the rest right-aligned. */
  const table = (title: string, header: string[], rows: string[][]) => {
    const labelWidth = width * 0.52;
    const cellWidth = (width - labelWidth) / Math.max(1, header.length - 1);
    const rowHeight = (cells: string[], bold: boolean) => {
      cellFont(bold);
      return (
        Math.max(
          doc.heightOfString(cells[0] ?? "", { width: labelWidth - 6 }),
          ...cells.slice(1).map((cell) => doc.heightOfString(cell, { width: cellWidth - 4 })),
        ) + 3
      );
    };
    const firstLine = () => cellFont(false).currentLineHeight(true) + 3;
    /**
     * One row. A row too long for the page runs on to the next: its label does, after the
     * figures (which are short) are set beside its first line; otherwise the label comes
     * first, in reading order.
     */
    const line = (cells: string[], bold: boolean) => {
      const runsOn = rowHeight(cells, bold) > roomLeft(doc);
      cellFont(bold);
      const page = doc.page;
      const y = doc.y;
      let bottom = y;
      const label = () => {
        doc.text(cells[0] ?? "", left, y, { width: labelWidth - 6 });
        bottom = doc.page === page ? Math.max(bottom, doc.y) : doc.y;
      };
      if (!runsOn) label();
      cells.slice(1).forEach((cell, i) => {
        doc.text(cell, left + labelWidth + i * cellWidth, y, {
          width: cellWidth - 4,
          align: "right",
        });
        if (doc.page === page) bottom = Math.max(bottom, doc.y);
      });
      if (runsOn) label();
      doc.y = bottom + 3;
      doc
        .moveTo(left, doc.y - 1.5)
        .lineTo(left + width, doc.y - 1.5)
        .lineWidth(0.3)
        .strokeColor("#b0b0b0")
        .stroke();
    };
    // The heading, the header and the first row go on the page together.
    doc.moveDown(1.2);
    headingFont();
    const top = doc.heightOfString(title, { width }) + doc.currentLineHeight(true) * 0.4;
    const head = top + rowHeight(header, true);
    const [first, ...rest] = rows;
    breakPageBefore(doc, {
      height: head + (first ? rowHeight(first, false) : 0),
      together: head + (first ? firstLine() : 0),
    });
    headingFont().text(title, left);
    doc.moveDown(0.4);
    line(header, true);
    if (first) line(first, false);
    for (const row of rest) {
      // The page breaks before a row only when at most a quarter of it stays empty; the
      // header is repeated on the new page.
      if (breakPageBefore(doc, { height: rowHeight(row, false), together: firstLine() }))
        line(header, true);
      line(row, false);
    }
  };

  doc.font(FONT.bold).fontSize(20).fillColor("#1a1a1a");
  doc.text(`Kvartalsrapport – ${danishQuarter(dashboard.quarter)}`, left);
  doc.font(FONT.regular).fontSize(12).text(input.organisationName);
  doc
    .fontSize(9)
    .fillColor("#444444")
    .text(
      "Den tværsektorielle samarbejdsmodel for borgere med svær psykisk sygdom: tal til ledernes kvartalsvise opfølgning.",
    );

  const trend = dashboard.trend.slice(-4);
  table(
    "Kvartalets tal",
    ["", ...trend.map((q) => quarterDisplayName(q.quarter, "da", "short"))],
    quarterRows.map(([key, label]) => [label, ...trend.map((q) => count(q.counts[key] ?? 0))]),
  );

  const chosen = dashboard.trend.at(-1);
  table(
    "Gennemløbstider i kvartalet",
    ["", "Median", "90 %"],
    leadTimeRows.map(([key, figure, label]) => {
      const times = chosen?.leadTimes[key];
      const enough = (chosen?.counts[figure] ?? 0) >= threshold;
      const show = (value: number | null | undefined) =>
        enough && value !== null && value !== undefined ? value.toFixed(0) : "–";
      return [label, show(times?.median), show(times?.p90)];
    }),
  );

  table(
    "Sådan står sagerne nu",
    ["", "Sager"],
    currentRows.map(([key, label]) => [label, count(dashboard.current.counts[key] ?? 0)]),
  );

  const reasons = dashboard.closingReasons.filter((reason) => reason.count > 0);
  if (reasons.length === 0) {
    heading("Lukkede sager efter årsag");
    doc.font(FONT.regular).fontSize(9.5).text("Ingen sager blev lukket i kvartalet.");
  } else
    table(
      "Lukkede sager efter årsag",
      ["", "Sager"],
      reasons.map((reason) => [
        closingReasonNames[reason.reason] ?? reason.reason,
        count(reason.count),
      ]),
    );

  const printed = new Intl.DateTimeFormat("da-DK", {
    dateStyle: "long",
    timeZone: JOB_TIME_ZONE,
  }).format(input.printedAt);
  doc.moveDown(2).font(FONT.regular).fontSize(8).fillColor("#444444");
  doc.text(
    `Tal fra 1 til ${threshold - 1} vises som «< ${threshold}», så ingen borger kan genkendes. «–»: for få sager til en gennemløbstid. Dannet af Samstemt ${printed}.`,
    left,
  );
  doc.end();
  return done;
}
