/** "14.30", "14:30" or "1430" as hour and minute, or null. */
export function parseTime(text: string): { hour: number; minute: number } | null {
  const match = /^(\d{1,2})[.:]?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}
