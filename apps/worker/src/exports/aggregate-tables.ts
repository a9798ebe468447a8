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

interface Tally {
  name: string;
  title: string;
  columnLabels: readonly string[];
  columnOf(row: ExportCaseRow): string;
  counts: Map<string, number[]>;
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
      title: "Frist for første samarbejdsmøde (R9) efter initiativets kvartal",
      columnLabels: deadlineColumns,
      columnOf: (row) => row.deadline_state ?? "ingen",
      counts: new Map(),
    },
    {
      name: "status-pr-kvartal",
      title: "Sagernes status efter initiativets kvartal",
      columnLabels: statusColumns,
      columnOf: (row) => row.status,
      counts: new Map(),
    },
  ];
  return {
    add(row: ExportCaseRow) {
      for (const tally of tallies) {
        let counts = tally.counts.get(row.initiative_quarter);
        if (!counts) {
          counts = new Array<number>(tally.columnLabels.length).fill(0);
          tally.counts.set(row.initiative_quarter, counts);
        }
        const column = tally.columnLabels.indexOf(tally.columnOf(row));
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
