import { DANISH_TIME_ZONE } from "../time/copenhagen";

/**
 * Working days in Denmark: Monday to Friday, less the public holidays (helligdage) —
 * New Year's Day, Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Whit Monday,
 * Christmas Day and Boxing Day (Easter and Whitsun Sundays fall on Sundays anyway). Store
 * Bededag is a working day from 2024. Christmas Eve, New Year's Eve and Constitution Day are
 * working days by law, though many take them off.
 */

/** A Danish calendar day as days since 1970-01-01 (UTC arithmetic on the civil date). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

const civilDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: DANISH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Danish calendar day `instant` falls on. */
export function danishDay(instant: Date): DayNumber {
  const [year, month, day] = civilDay.format(instant).split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / MS_PER_DAY;
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

const holidayCache = new Map<number, Set<DayNumber>>();

function publicHolidays(year: number): Set<DayNumber> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => Date.UTC(year, month - 1, day) / MS_PER_DAY;
  const holidays = new Set<DayNumber>([
    fixed(1, 1),
    easter - 3, // skærtorsdag
    easter - 2, // langfredag
    easter + 1, // 2. påskedag
    easter + 39, // Kristi himmelfartsdag
    easter + 50, // 2. pinsedag
    fixed(12, 25),
    fixed(12, 26),
  ]);
  if (year < 2024) holidays.add(easter + 26); // store bededag
  holidayCache.set(year, holidays);
  return holidays;
}

export function isWorkingDay(day: DayNumber): boolean {
  const date = new Date(day * MS_PER_DAY);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(date.getUTCFullYear()).has(day);
}

/** The `count`-th working day after `day` (not counting `day` itself). */
export function addWorkingDays(day: DayNumber, count: number): DayNumber {
  let current = day;
  let left = count;
  while (left > 0) {
    current += 1;
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}
