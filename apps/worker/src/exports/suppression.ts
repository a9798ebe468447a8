/**
 * Small-cell suppression for a two-way table of counts with row, column and grand totals.
 *
 * Primary: every cell (totals too) from 1 to `threshold - 1` is suppressed. Secondary: a
 * suppressed cell must not be derivable from what is published. Read the table as a graph —
 * a node per row (the totals row included) and per column (the totals column included), an
 * edge per cell — and each row and column says "the cells on my edges add up to zero" once
 * the published values are moved to the other side. A suppressed cell is then derivable
 * exactly when it is a bridge among the suppressed edges (not on any cycle of them); on a
 * cycle, adding +t and −t around it changes nothing published. So while a suppressed bridge
 * remains, the cheapest path of other cells that closes a cycle through it is suppressed too
 * (cheapest: already suppressed cells, then small non-zero inner cells; totals last).
 */
export interface SuppressedTable {
  /** (rows + 1) × (columns + 1): the last row and the last column are the totals. */
  values: number[][];
  suppressed: boolean[][];
}

export function withTotals(inner: readonly (readonly number[])[]): number[][] {
  const columns = inner[0]?.length ?? 0;
  const rows = inner.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) =>
    rows.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  return [...rows, totals];
}

export function suppressSmallCells(
  inner: readonly (readonly number[])[],
  threshold: number,
): SuppressedTable {
  const values = withTotals(inner);
  const suppressed = values.map((row) => row.map((v) => v > 0 && v < threshold));
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  for (;;) {
    const bridge = findBridge(suppressed, rows, columns);
    if (!bridge) return { values, suppressed };
    for (const [i, j] of cheapestClosingPath(values, suppressed, bridge)) {
      (suppressed[i] as boolean[])[j] = true;
    }
  }
}

type Cell = [row: number, column: number];

/** Nodes 0..rows-1 are rows, rows..rows+columns-1 are columns. */
function connected(
  suppressed: boolean[][],
  rows: number,
  columns: number,
  from: number,
  to: number,
  without: Cell,
): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.pop() as number;
    if (node === to) return true;
    const next: number[] = [];
    if (node < rows) {
      for (let j = 0; j < columns; j++) {
        if (suppressed[node]?.[j] && !(node === without[0] && j === without[1]))
          next.push(rows + j);
      }
    } else {
      const j = node - rows;
      for (let i = 0; i < rows; i++) {
        if (suppressed[i]?.[j] && !(i === without[0] && j === without[1])) next.push(i);
      }
    }
    for (const n of next) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return false;
}

function findBridge(suppressed: boolean[][], rows: number, columns: number): Cell | null {
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      if (suppressed[i]?.[j] && !connected(suppressed, rows, columns, i, rows + j, [i, j])) {
        return [i, j];
      }
    }
  }
  return null;
}

function cellCost(values: number[][], suppressed: boolean[][], i: number, j: number): number {
  if (suppressed[i]?.[j]) return 0;
  const isTotal = i === values.length - 1 || j === (values[0]?.length ?? 0) - 1;
  const value = values[i]?.[j] ?? 0;
  // Zeros tell the reader too much when revealed as a complement's partner; totals are kept.
  return 1 + value + (value === 0 ? 1_000 : 0) + (isTotal ? 1_000_000 : 0);
}

/** Dijkstra from the bridge's row to its column over every other cell. */
function cheapestClosingPath(values: number[][], suppressed: boolean[][], [bi, bj]: Cell): Cell[] {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const nodes = rows + columns;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const previous = new Array<number>(nodes).fill(-1);
  const done = new Array<boolean>(nodes).fill(false);
  distance[bi] = 0;
  for (;;) {
    let node = -1;
    for (let k = 0; k < nodes; k++) {
      if (!done[k] && (node === -1 || (distance[k] as number) < (distance[node] as number)))
        node = k;
    }
    if (node === -1 || distance[node] === Number.POSITIVE_INFINITY) break;
    done[node] = true;
    if (node === rows + bj) break;
    const neighbours = node < rows ? columns : rows;
    for (let k = 0; k < neighbours; k++) {
      const [i, j] = node < rows ? [node, k] : [k, node - rows];
      if (i === bi && j === bj) continue;
      const other = node < rows ? rows + k : k;
      const cost = (distance[node] as number) + cellCost(values, suppressed, i, j);
      if (cost < (distance[other] as number)) {
        distance[other] = cost;
        previous[other] = node;
      }
    }
  }
  const path: Cell[] = [];
  let node = rows + bj;
  while (node !== bi && previous[node] !== -1) {
    const before = previous[node] as number;
    path.push(node < rows ? [node, before - rows] : [before, node - rows]);
    node = before;
  }
  return path;
}
