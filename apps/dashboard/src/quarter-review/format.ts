import { quarterDisplayName } from "@samstemt/domain/labels";

/** Shares, days and dates in the reader's language (Danish first). */
/** `timeZone` comes from the API (the domain's Danish time zone), never typed here. */
export function formatters(language: string, timeZone: string) {
  const percent = new Intl.NumberFormat(language, { style: "percent" });
  const days = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(language, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  });
  return {
    share: (value: number | null) => (value === null ? "–" : percent.format(value)),
    days: (value: number | null) => (value === null ? "–" : days.format(value)),
    date: (value: Date | null) => (value === null ? "–" : date.format(value)),
  };
}

/**
 * "2026-Q3" → "3. kvartal 2026" (or "3. kvt. 2026" where room is short) / "Q3 2026": the
 * domain's one way of writing a quarter; the machine label stays in the address and the data.
 */
export function quarterName(label: string, language: string, length: "long" | "short" = "long") {
  return quarterDisplayName(label, language === "en" ? "en" : "da", length);
}
