import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CSV_BOM,
  caseCsvLine,
  createSectorOrder,
  csvLine,
  splitCsvFields,
} from "../src/exports/csv-lines";
import { caseColumns } from "../src/exports/export-columns";

/** What the export wrote before it formatted lines itself, and what analysts' tools read. */
const byLibrary = (rows: Array<Array<string | number>>) =>
  stringify(rows, { delimiter: ";", bom: true });

/** Text with the characters that matter to CSV more often than chance would give them. */
const field = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-zæøå0-9 ;"\r\n-]{0,12}$/),
  fc.integer({ min: -1000, max: 1_000_000 }),
);

describe("the case file's hand-written CSV", () => {
  it("is byte for byte what csv-stringify writes, for any text and numbers", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 8 }), { maxLength: 6 }),
        (rows) => {
          expect(CSV_BOM + rows.map(csvLine).join("")).toBe(byLibrary(rows));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("takes a line's fields apart again, quotes undone", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z ;"\r\n]{0,8}$/), { minLength: 1 }),
        (values) => {
          expect(splitCsvFields(csvLine(values).slice(0, -1))).toEqual(values);
        },
      ),
    );
  });

  it("writes a case as pseudonym, the database's fields, the ordered sectors and their count", () => {
    const sectors = createSectorOrder();
    const fields = `2026-02-18;2026-Q1;closed;;0;0;;;2026-03-18;open;;;;2026-03-01;"Flyttet; ""ny"" adresse";1;0;0;3;0;0;4;;2 week;0;0;0;;0;0;0`;
    const line = caseCsvLine(
      {
        case_id: "k1",
        citizen_id: "c1",
        tally: "2026-Q1;closed;open",
        fields,
        sectors: "region municipality;2",
      },
      "Pabc",
      sectors,
    );
    expect(line).toBe(`Pabc;${fields};municipality region;2\n`);
    const values = splitCsvFields(line.slice(0, -1));
    expect(values).toHaveLength(caseColumns.length);
    expect(values[15]).toBe('Flyttet; "ny" adresse');
    expect(sectors(";0")).toBe(";0");
  });
});
