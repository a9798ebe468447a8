import type { ExportCaseRow } from "@samstemt/db";

/**
 * The case file's CSV, written by hand for speed: a general CSV library spent most of an
 * export's time per field. The result is byte for byte what csv-stringify writes with
 * `{ delimiter: ";", bom: true }` (a test holds the two together): fields separated by ";",
 * every line ended by "\n", a field quoted only when it holds ";", a quote or a line break,
 * its quotes doubled (RFC 4180). The database formats most of each line (`ExportCaseRow.fields`)
 * by the same rule; the worker adds the pseudonym and the sectors.
 */
export const CSV_BOM = "\uFEFF";
const NEEDS_QUOTES = /[;"\r\n]/;

/** One field: as is, or quoted with its quotes doubled when it needs it. */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One line of fields, ended by "\n". */
export function csvLine(values: ReadonlyArray<string | number>): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ";";
    line += csvField(values[i] as string | number);
  }
  return `${line}\n`;
}

/** The fields of one line of CSV text (without its line end), quotes undone. */
export function splitCsvFields(text: string): string[] {
  if (!text.includes('"')) return text.split(";");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * The last two columns (`ExportCaseRow.sectors`, "region municipality;2") with the sectors in
 * a stable order: "municipality region;2". Few combinations occur, so each is ordered once
 * per export.
 */
export function createSectorOrder(): (sectors: string) => string {
  const ordered = new Map<string, string>();
  return (sectors) => {
    let text = ordered.get(sectors);
    if (text === undefined) {
      const end = sectors.lastIndexOf(";");
      const names = sectors.slice(0, end);
      text = `${names === "" ? "" : names.split(" ").sort().join(" ")}${sectors.slice(end)}`;
      // Four sectors make few combinations; the bound only guards against odd data.
      if (ordered.size < 1024) ordered.set(sectors, text);
    }
    return text;
  };
}

/** One case as a line of the case file (the columns of `caseColumns`). */
export function caseCsvLine(
  row: ExportCaseRow,
  pseudonym: string,
  sectors: (sectors: string) => string,
): string {
  return `${csvField(pseudonym)};${row.fields};${sectors(row.sectors)}\n`;
}
