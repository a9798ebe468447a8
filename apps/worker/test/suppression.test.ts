import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressSmallCells, withTotals } from "../src/exports/suppression";

/**
 * Independent of how suppression works: with every published value known, is a suppressed
 * cell fixed by the table's equations (each row and column adds up to its total)? It is
 * exactly when its unit vector lies in the row space of the equations restricted to the
 * suppressed cells — rank([A; e]) = rank(A).
 */
function derivableCells(values: number[][], suppressed: boolean[][]): Array<[number, number]> {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const unknowns: Array<[number, number]> = [];
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) if (suppressed[i]?.[j]) unknowns.push([i, j]);
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  const equation = (cells: Array<[number, number, number]>) => {
    const row = new Array<number>(unknowns.length).fill(0);
    for (const [i, j, sign] of cells) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) row[k] = (row[k] ?? 0) + sign;
    }
    equations.push(row);
  };
  for (let i = 0; i < rows; i++) {
    equation([
      ...Array.from({ length: columns - 1 }, (_, j) => [i, j, 1] as [number, number, number]),
      [i, columns - 1, -1],
    ]);
  }
  for (let j = 0; j < columns; j++) {
    equation([
      ...Array.from({ length: rows - 1 }, (_, i) => [i, j, 1] as [number, number, number]),
      [rows - 1, j, -1],
    ]);
  }
  const base = rank(equations);
  return unknowns.filter((_, k) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++)
      if (Math.abs(m[i]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = i;
    if (Math.abs(m[pivot]?.[c] ?? 0) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const top = m[r] as number[];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const row = m[i] as number[];
      const factor = (row[c] ?? 0) / (top[c] as number);
      if (factor !== 0)
        for (let k = c; k < columns; k++) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
    r += 1;
  }
  return r;
}

const tables = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(fc.nat({ max: 30 }), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe("small-cell suppression with secondary suppression", () => {
  it("suppresses every small cell and leaves none derivable from the published values", () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 10 }), (inner, threshold) => {
        const { values, suppressed } = suppressSmallCells(inner, threshold);
        expect(values).toEqual(withTotals(inner));
        values.forEach((row, i) => {
          row.forEach((value, j) => {
            if (value > 0 && value < threshold) expect(suppressed[i]?.[j]).toBe(true);
          });
        });
        expect(derivableCells(values, suppressed)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a lone small cell takes three more with it: its row's, its column's, and the corner between", () => {
    const { suppressed } = suppressSmallCells(
      [
        [3, 20, 30],
        [40, 50, 60],
        [70, 80, 90],
      ],
      5,
    );
    expect(suppressed.map((row) => row.map((s) => (s ? "x" : ".")).join(""))).toEqual([
      "xx..",
      "xx..",
      "....",
      "....",
    ]);
  });

  it("suppresses nothing when no cell is small", () => {
    const { suppressed } = suppressSmallCells(
      [
        [0, 5],
        [6, 7],
      ],
      5,
    );
    expect(suppressed.flat().some(Boolean)).toBe(false);
  });
});
