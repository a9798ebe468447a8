/**
 * A CPR-shaped number that cannot belong to a real person: its month is 13–19, a month no
 * calendar has. Day, month, year and serial are a mixed-radix spelling of `index`, so every
 * index below 196 million gives a different number.
 */
export function fictionalCpr(index: number): string {
  const serial = index % 10_000;
  const rest = Math.floor(index / 10_000);
  const day = (rest % 28) + 1;
  const month = 13 + (Math.floor(rest / 28) % 7);
  const year = Math.floor(rest / 196) % 100;
  const two = (value: number) => String(value).padStart(2, "0");
  return `${two(day)}${month}${two(year)}${String(serial).padStart(4, "0")}`;
}

export function isFictionalCpr(cpr: string): boolean {
  const month = Number(cpr.slice(2, 4));
  return /^\d{10}$/.test(cpr) && month >= 13 && month <= 19;
}
