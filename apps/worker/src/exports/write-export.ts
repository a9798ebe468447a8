import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import {
  type AnalystExportScope,
  type Database,
  type ExportKeyRange,
  exportKeyRanges,
  exportRowBatches,
  WHOLE_KEY_RANGE,
} from "@samstemt/db";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { aggregateRows, createAggregates, suppressionNote } from "./aggregate-tables";
import { CSV_BOM, caseCsvLine, createSectorOrder, csvLine } from "./csv-lines";
import { closeAfterFailure, createPartFiles, textWriter } from "./csv-part-files";
import { caseColumns, caseValues } from "./export-columns";
import { createPseudonymiser } from "./pseudonyms";

export type ExportFormat = "csv" | "xlsx";

export interface ExportFiles {
  rows: number;
  /** Paths relative to the export folder. */
  files: string[];
}

export interface WriteExportOptions {
  database: Pick<Database, "sql">;
  scope: AnalystExportScope;
  /** The export's own folder (made empty first). */
  dir: string;
  formats: readonly ExportFormat[];
  threshold: number;
  batchSize?: number;
  /**
   * A CSV-only export reads this many stretches of cases side by side (default 2), each on its
   * own connection, so the database formats rows on two cores; with the workbook, one.
   */
  parallelReads?: number;
  /** After each batch: rows written so far. */
  onProgress?: (rowsDone: number) => Promise<void>;
  signal?: AbortSignal;
}

/**
 * exceljs's streaming writer hands the zip stream each sheet's data without waiting for it
 * (its buffer ignores back-pressure), so a fast producer piles data up in memory. After each
 * batch we wait until the stream that compresses the sheet has taken in what it was given.
 * This reads exceljs's internals (the sheet's buffer and what it pipes into); if they are not
 * there, it does nothing rather than fail.
 */
const PENDING_LIMIT_BYTES = 4 * 1024 * 1024;
const PENDING_WAIT_MS = 30_000;
interface PipedStream {
  writableLength?: number;
  _writableState?: { length: number };
}
function sheetBackPressure(sheet: unknown) {
  return async () => {
    const stream = (sheet as { stream?: { pipes?: PipedStream[] } }).stream;
    const pipe = stream?.pipes?.[0];
    if (!pipe) return;
    const pending = () => pipe.writableLength ?? pipe._writableState?.length ?? 0;
    const until = Date.now() + PENDING_WAIT_MS;
    while (pending() > PENDING_LIMIT_BYTES && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
}

/** The file names an export writes, by format. */
export const exportFileNames = {
  csv: ["sager.csv", "frist-pr-kvartal.csv", "status-pr-kvartal.csv"],
  xlsx: ["sager.xlsx"],
} as const;

const csvOptions = { delimiter: ";", bom: true } as const;

/**
 * Writes an analyst export, streaming: batches of rows from the database go straight to the
 * CSV stream (with back-pressure) and to exceljs's streaming workbook writer, so memory holds
 * a batch or two per reader and the aggregate counts, whatever the number of cases. A CSV-only
 * export reads stretches of cases side by side (`parallelReads`), the later ones through part
 * files appended in order. Aggregates come last, suppressed; in the workbook as their own sheets.
 */
export async function writeExport(options: WriteExportOptions): Promise<ExportFiles> {
  const { dir, formats } = options;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const pseudonym = createPseudonymiser();
  const aggregates = createAggregates();
  const headers = caseColumns.map(([key]) => key);

  const csvPath = join(dir, "sager.csv");
  const csvFile = formats.includes("csv") ? createWriteStream(csvPath) : null;
  const writeCsv = csvFile ? textWriter(csvFile) : null;
  await writeCsv?.(CSV_BOM + csvLine(headers));
  const sectors = createSectorOrder();
  const workbook = formats.includes("xlsx")
    ? new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: join(dir, "sager.xlsx"),
        useStyles: false,
        useSharedStrings: false,
      })
    : null;
  const sheet = workbook?.addWorksheet("Sager");
  const letSheetCatchUp = sheet ? sheetBackPressure(sheet) : async () => {};
  sheet?.addRow(headers).commit();

  // The workbook is one stream in order: side by side only without it.
  const ranges: ExportKeyRange[] =
    writeCsv && !sheet
      ? await exportKeyRanges(options.database, options.parallelReads ?? 2)
      : [WHOLE_KEY_RANGE];
  const parts = createPartFiles(csvPath, ranges.length - 1);
  const writers = writeCsv ? [writeCsv, ...parts.writers] : [];

  let rows = 0;
  // Readers side by side report in turn, so the stored count only grows.
  let reported = Promise.resolve();
  const report = (rowsDone: number) => {
    reported = reported.then(() => options.onProgress?.(rowsDone));
    return reported;
  };
  let failed = false;
  const readRange = async (range: ExportKeyRange, write?: (text: string) => Promise<void>) => {
    const batches = exportRowBatches(options.database, options.scope, options.batchSize, range);
    for await (const batch of batches) {
      if (options.signal?.aborted) throw new Error("the worker is stopping");
      if (failed) return;
      // The batch's CSV is joined into one string and written once, with back-pressure.
      const lines: string[] = [];
      for (const row of batch) {
        const rowPseudonym = pseudonym(row.citizen_id);
        aggregates.add(row);
        if (write) lines.push(caseCsvLine(row, rowPseudonym, sectors));
        sheet?.addRow(caseValues(row, rowPseudonym, sectors)).commit();
      }
      await write?.(lines.join(""));
      rows += batch.length;
      await letSheetCatchUp();
      await report(rows);
    }
  };
  const reads = await Promise.allSettled(
    ranges.map((range, k) =>
      readRange(range, writers[k]).catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = reads.find((read) => read.status === "rejected");
  if (failure) {
    await parts.discard();
    if (csvFile) await closeAfterFailure(csvFile);
    throw failure.reason;
  }
  if (csvFile) await parts.appendTo(csvFile);

  const tables = aggregates.tables(options.threshold);
  const note = suppressionNote(options.threshold);
  const files: string[] = [];
  if (csvFile) {
    csvFile.end();
    await finished(csvFile);
    files.push("sager.csv");
    for (const table of tables) {
      const file = `${table.name}.csv`;
      const out = createWriteStream(join(dir, file));
      const writer = stringify(csvOptions);
      writer.pipe(out);
      for (const line of aggregateRows(table)) writer.write(line);
      writer.write([note]);
      writer.end();
      await finished(out);
      files.push(file);
    }
  }
  if (workbook && sheet) {
    sheet.commit();
    for (const table of tables) {
      const tableSheet = workbook.addWorksheet(table.name);
      tableSheet.addRow([table.title]).commit();
      for (const line of aggregateRows(table)) tableSheet.addRow(line).commit();
      tableSheet.addRow([note]).commit();
      tableSheet.commit();
    }
    await workbook.commit();
    files.push("sager.xlsx");
  }
  return { rows, files };
}
