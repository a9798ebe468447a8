import type { ExportCaseRow } from "@samstemt/db";
import { type SuppressedTable, suppressSmallCells } from "./suppression";

/** Shown for a suppressed cell; the files' note explains it. */
export const SUPPRESSED = "*";

export interface AggregateTable {
  /** File and sheet name. */
  name: string;
  title: string;
  rowHeader: string;
  rowLabels: string[];
  columnLabels: string[];
  table: SuppressedTable;
}

/** A case's `ExportCaseRow.tally` taken apart. */
interface TallyKey {
  quarter: string;
  status: string;
  /** "" when the case has none. */
  deadlineState: string;
}

interface Tally {
  name: string;
  title: string;
  columnLabels: readonly string[];
  columnOf(key: TallyKey): string;
  counts: Map<string, number[]>;
}

/** "2026-Q1;active;met" taken apart from the right (the quarter is the only free text). */
function tallyKey(tally: string): TallyKey {
  const last = tally.lastIndexOf(";");
  const middle = tally.lastIndexOf(";", last - 1);
  return {
    quarter: tally.slice(0, middle),
    status: tally.slice(middle + 1, last),
    deadlineState: tally.slice(last + 1),
  };
}

const deadlineColumns = ["met", "missed", "overdue", "open", "ingen"] as const;
const statusColumns = [
  "initiated",
  "excluded",
  "endorsed",
  "declined",
  "active",
  "closed",
] as const;

/**
 * Counts cases per initiative quarter as the rows stream past (memory: one number per
 * quarter and column), then suppresses small cells. Two tables: the R9 deadline outcome and
 * the case status.
 */
export function createAggregates() {
  const tallies: Tally[] = [
    {
      name: "frist-pr-kvartal",
      title: "Frist for første samarbejdsmøde efter initiativets kvartal",
      columnLabels: deadlineColumns,
      columnOf: (key) => key.deadlineState || "ingen",
      counts: new Map(),
    },
    {
      name: "status-pr-kvartal",
      title: "Sagernes status efter initiativets kvartal",
      columnLabels: statusColumns,
      columnOf: (key) => key.status,
      counts: new Map(),
    },
  ];
  // Few tallies occur (quarters × statuses × deadline states): each is taken apart once, to
  // the cell it counts in per table.
  const cellsOf = new Map<string, Array<readonly [counts: number[], column: number]>>();
  const cells = (tally: string) => {
    const key = tallyKey(tally);
    return tallies.map((table) => {
      let counts = table.counts.get(key.quarter);
      if (!counts) {
        counts = new Array<number>(table.columnLabels.length).fill(0);
        table.counts.set(key.quarter, counts);
      }
      return [counts, table.columnLabels.indexOf(table.columnOf(key))] as const;
    });
  };
  return {
    add(row: ExportCaseRow) {
      let rowCells = cellsOf.get(row.tally);
      if (!rowCells) {
        rowCells = cells(row.tally);
        cellsOf.set(row.tally, rowCells);
      }
      for (const [counts, column] of rowCells) {
        if (column >= 0) counts[column] = (counts[column] ?? 0) + 1;
      }
    },
    tables(threshold: number): AggregateTable[] {
      return tallies.map((tally) => {
        const rowLabels = [...tally.counts.keys()].sort();
        const inner = rowLabels.map((label) => tally.counts.get(label) ?? []);
        return {
          name: tally.name,
          title: tally.title,
          rowHeader: "kvartal",
          rowLabels,
          columnLabels: [...tally.columnLabels],
          table:
            inner.length === 0
              ? { values: [], suppressed: [] }
              : suppressSmallCells(inner, threshold),
        };
      });
    },
  };
}

/** The table as rows of text: header, one row per label, the totals row; suppressed as "*". */
export function aggregateRows(aggregate: AggregateTable): Array<Array<string | number>> {
  const header = [aggregate.rowHeader, ...aggregate.columnLabels, "i_alt"];
  const labels = [...aggregate.rowLabels, "i_alt"];
  const body = aggregate.table.values.map((row, i) => [
    labels[i] ?? "",
    ...row.map((value, j) => (aggregate.table.suppressed[i]?.[j] ? SUPPRESSED : value)),
  ]);
  return [header, ...body];
}

export function suppressionNote(threshold: number): string {
  return `${SUPPRESSED} = undertrykt: færre end ${threshold} sager, eller undertrykt for at et andet felt ikke kan regnes ud af totalerne.`;
}
