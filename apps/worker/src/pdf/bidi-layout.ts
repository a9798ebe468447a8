import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/** Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms: text that may run right to left. */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}
interface LaidOut {
  glyphs: Glyph[] | null;
  positions: GlyphPosition[] | null;
  advanceWidth: number;
}
/** The parts of pdfkit's embedded font (and its fontkit font) that laying out a line uses. */
export interface PdfkitEmbeddedFont {
  scale: number;
  font: {
    layout(
      text: string,
      features: unknown,
      script?: string,
      language?: string,
      direction?: "ltr" | "rtl",
    ): { glyphs: Glyph[]; positions: GlyphPosition[] };
  };
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOut;
  bidi?: true;
}

interface LevelRun {
  text: string;
  level: number;
}

/** Maximal runs of one embedding level, in logical order. */
function levelRuns(text: string, levels: Uint8Array): LevelRun[] {
  const runs: LevelRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || levels[i] !== levels[start]) {
      runs.push({ text: text.slice(start, i), level: levels[start] ?? 0 });
      start = i;
    }
  }
  return runs;
}

/** UAX #9 rule L2 on whole runs: from the highest level down to the lowest odd one, reverse every sequence at that level or above. */
function visualOrder(runs: LevelRun[]): LevelRun[] {
  const ordered = [...runs];
  const levels = runs.map((run) => run.level);
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < ordered.length; ) {
      if ((ordered[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < ordered.length && (ordered[end]?.level ?? 0) >= level) end++;
      ordered.splice(i, end - i, ...ordered.slice(i, end).reverse());
      i = end;
    }
  }
  return ordered;
}

/**
 * pdfkit lays out a line word by word, left to right: an Arabic or Hebrew name comes out with
 * its words in the wrong order and the spaces misplaced. This makes a font lay out each line
 * (pdfkit hands it one line at a time, after wrapping) by the Unicode bidirectional algorithm:
 * runs in visual order, each right-to-left run shaped by fontkit as one piece (joining forms,
 * ligatures) with its glyphs reversed. Left-to-right text goes through pdfkit unchanged.
 * A ligature in a right-to-left run maps back to its letters in visual order, as the glyph is
 * drawn: text extraction (pdf.js, poppler) reverses right-to-left text into reading order and
 * would otherwise turn "لا" into "ال".
 */
export function layOutBidirectionally(font: PdfkitEmbeddedFont): void {
  if (font.bidi) return;
  const leftToRight = font.layout.bind(font);
  font.bidi = true;
  font.layout = (text, features, onlyWidth) => {
    if (!rightToLeft.test(text)) return leftToRight(text, features, onlyWidth);
    const runs = visualOrder(levelRuns(text, bidi.getEmbeddingLevels(text).levels));
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    let advanceWidth = 0;
    for (const run of runs) {
      const laidOut =
        run.level % 2 === 0
          ? leftToRight(run.text, features)
          : rightToLeftRun(font, run.text, features);
      glyphs.push(...(laidOut.glyphs ?? []));
      positions.push(...(laidOut.positions ?? []));
      advanceWidth += laidOut.advanceWidth;
    }
    return onlyWidth
      ? { glyphs: null, positions: null, advanceWidth }
      : { glyphs, positions, advanceWidth };
  };
}

/** One right-to-left run, shaped and scaled as pdfkit's own layout does (font units to 1/1000 em). */
function rightToLeftRun(font: PdfkitEmbeddedFont, text: string, features: unknown): LaidOut {
  const run = font.font.layout(text, features, undefined, undefined, "rtl");
  const glyphs = run.glyphs.map((glyph) =>
    glyph.codePoints.length > 1
      ? (Object.create(glyph, { codePoints: { value: [...glyph.codePoints].reverse() } }) as Glyph)
      : glyph,
  );
  const positions = run.positions.map((position, i) => ({
    xAdvance: position.xAdvance * font.scale,
    yAdvance: position.yAdvance * font.scale,
    xOffset: position.xOffset * font.scale,
    yOffset: position.yOffset * font.scale,
    advanceWidth: (glyphs[i]?.advanceWidth ?? 0) * font.scale,
  }));
  const advanceWidth = positions.reduce((sum, position) => sum + position.xAdvance, 0);
  return { glyphs, positions, advanceWidth };
}
