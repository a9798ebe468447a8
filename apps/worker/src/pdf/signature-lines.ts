import { breakPageBefore } from "./page-breaks";
import { FONT } from "./unicode-fonts";

export interface SignatureLine {
  /** Under the line: who signs, e.g. "Borger/patient". */
  party: string;
  /** Under the party: the signatory's name, if known. */
  name: string | null;
  /** Above the line: the recorded signature ("Du skrev under 3. marts 2026"), or null for a blank line to sign on. */
  signed: string | null;
}

/**
 * A heading over signature lines side by side, one per party, as on a paper agreement: what
 * was recorded above the line (or room to sign by hand), the party and the name below it,
 * and a date line where nothing is recorded yet. Heading and lines are kept on one page.
 */
export function drawSignatureLines(
  doc: PDFKit.PDFDocument,
  title: string,
  lines: SignatureLine[],
): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const gap = 24;
  const column = (width - gap * (lines.length - 1)) / Math.max(1, lines.length);
  const room = 34;
  const heading = doc.font(FONT.bold).fontSize(12).heightOfString(title, { width });
  const height = heading + room + 4 + 3 * 14;
  breakPageBefore(doc, { height, together: height });
  doc.text(title, left);
  const top = doc.y;
  let bottom = top;
  lines.forEach((line, i) => {
    const x = left + i * (column + gap);
    const rule = top + room;
    if (line.signed) {
      doc.font(FONT.regular).fontSize(10);
      const above = doc.heightOfString(line.signed, { width: column });
      doc.text(line.signed, x, rule - 3 - above, { width: column });
    }
    doc
      .moveTo(x, rule)
      .lineTo(x + column, rule)
      .lineWidth(0.6)
      .strokeColor("#000000")
      .stroke();
    doc
      .font(FONT.bold)
      .fontSize(10)
      .text(line.party, x, rule + 4, { width: column });
    doc.font(FONT.regular).fontSize(10);
    if (line.name) doc.text(line.name, x, doc.y, { width: column });
    if (!line.signed) doc.text("Dato: ____________________", x, doc.y + 6, { width: column });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom;
}
