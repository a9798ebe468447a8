import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Dates as "27. nov. 2026" and times as "14.30", in Danish time, in the user's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeZone: DANISH_TIME_ZONE,
    });
    const dateTime = new Intl.DateTimeFormat(language, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: DANISH_TIME_ZONE,
    });
    return { date: (d: Date) => date.format(d), dateTime: (d: Date) => dateTime.format(d) };
  }, [language]);
}
