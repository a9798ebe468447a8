import { FONT } from "./unicode-fonts";

/** The height of a page's text area. */
export function pageContentHeight(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
}

/** Room left on the current page below the text cursor. */
export function roomLeft(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/**
 * Decides, before a block (a table row, a section with its heading), whether to start a new
 * page: never when the block fits; always when not even `together` (a heading and its first
 * lines, a row's first line) fits; and otherwise only when what stays empty is at most a
 * quarter of a page. A longer block starts where it is and runs on to the next page, so a
 * long row never leaves a page half empty. Returns whether it broke the page.
 */
export function breakPageBefore(
  doc: PDFKit.PDFDocument,
  block: { height: number; together: number },
): boolean {
  const room = roomLeft(doc);
  if (block.height <= room) return false;
  if (block.together <= room && room > pageContentHeight(doc) / 4) return false;
  doc.addPage();
  return true;
}

/** How high `text` sets in `font` at `size` across `width`; leaves the document's font as it found it only in size. */
export function heightOf(
  doc: PDFKit.PDFDocument,
  text: string,
  style: { font: string; size: number; width: number },
): number {
  return doc.font(style.font).fontSize(style.size).heightOfString(text, { width: style.width });
}

/**
 * A section of the letters to the citizen — a bold 12 pt heading over 11 pt text — is kept
 * with at least its first three lines; a longer text runs on to the next page.
 */
export function breakPageBeforeSection(
  doc: PDFKit.PDFDocument,
  title: string,
  text: string,
): boolean {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const heading = heightOf(doc, title, { font: FONT.bold, size: 12, width });
  const gap = doc.currentLineHeight(true) * 0.2;
  const body = heightOf(doc, text, { font: FONT.regular, size: 11, width });
  const firstLines = Math.min(body, doc.currentLineHeight(true) * 3);
  return breakPageBefore(doc, {
    height: heading + gap + body,
    together: heading + gap + firstLines,
  });
}
