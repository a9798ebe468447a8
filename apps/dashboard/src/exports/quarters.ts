/** "2026-Q3" for the quarter `at` falls in (the browser's calendar; near enough for a choice list). */
export function quarterOf(at: Date): string {
  return `${at.getFullYear()}-Q${Math.floor(at.getMonth() / 3) + 1}`;
}

/** The current quarter and the `count - 1` before it, newest first. */
export function recentQuarters(at: Date, count: number): string[] {
  const year = at.getFullYear();
  const index = Math.floor(at.getMonth() / 3);
  return Array.from({ length: count }, (_, i) => {
    const q = index - i;
    const y = year + Math.floor(q / 4);
    return `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
  });
}
