import PDFDocument from "pdfkit";
import { layOutBidirectionally, type PdfkitEmbeddedFont } from "./bidi-layout";
import { FONT, fontFiles } from "./unicode-fonts";

export interface PdfOptions {
  margins: { top: number; bottom: number; left: number; right: number };
  info: PDFKit.DocumentInfo;
}

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** The finished file, once `doc.end()` has been called. */
  done: Promise<Buffer>;
}

/**
 * An A4 document in Danish whose text is set in the embedded Unicode font from the start —
 * no text, not even pdfkit's default, falls back to a Latin-1 standard font — and laid out
 * by the bidirectional algorithm, so names and text in any script come out right.
 */
export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    margins: options.margins,
    info: options.info,
    lang: "da-DK",
    font: fontFiles.regular,
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont(FONT.regular, fontFiles.regular);
  doc.registerFont(FONT.bold, fontFiles.bold);
  for (const name of [FONT.bold, FONT.regular]) {
    doc.font(name);
    // pdfkit keeps one font object per name for the document; it is not part of its typings.
    layOutBidirectionally((doc as unknown as { _font: PdfkitEmbeddedFont })._font);
  }
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  return { doc, done };
}
