import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The PDFs embed DejaVu Sans (package `dejavu-fonts-ttf`, Bitstream Vera / Arev licence, see
 * NOTICE.md) instead of PDF's standard fonts: those encode text as Latin-1, which garbles
 * names like "Łukasz Wiśniewski", "Nguyễn Văn" or any Greek, Cyrillic or Arabic. One family
 * covers all of these in regular and bold, so no text needs a fallback font. pdfkit embeds
 * only the glyphs a document uses.
 */
export const FONT = { regular: "Samstemt Sans", bold: "Samstemt Sans Bold" } as const;

export const fontFiles = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;
