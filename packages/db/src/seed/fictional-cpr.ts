/**
 * A CPR-shaped number that cannot belong to a real person: its month is 13–19, a month no
 * calendar has. The day, year and serial follow from `index` so the numbers stay unique.
 */
export function fictionalCpr(index: number): string {
  const day = String((index % 28) + 1).padStart(2, "0");
  const month = String(13 + (index % 7));
  const year = String(60 + (index % 40)).padStart(2, "0");
  const serial = String(1000 + index).padStart(4, "0");
  return `${day}${month}${year}${serial}`;
}

export function isFictionalCpr(cpr: string): boolean {
  const month = Number(cpr.slice(2, 4));
  return /^\d{10}$/.test(cpr) && month >= 13 && month <= 19;
}
