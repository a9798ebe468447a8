/**
 * What someone typed, as a PDF line breaker reads it: every "\r\n" or lone "\r" becomes "\n"
 * (pdfkit breaks lines at "\n" only and prints a "\r" as a stray glyph), blank lines kept.
 * States stored before the domain wrote all line breaks as "\n" may still hold the others.
 * A blank or missing text becomes the dash the documents show for "nothing written".
 */
export const typedText = (text: string | null | undefined): string =>
  text?.trim() ? text.replace(/\r\n?/g, "\n") : "–";
