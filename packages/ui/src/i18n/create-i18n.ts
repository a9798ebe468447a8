import i18next, { type i18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import { commonDa, commonEn } from "./common-translations";

export const languages = ["da", "en"] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = "samstemt.language";

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === "en" ? "en" : "da";
}

/** i18next with the shared texts plus the app's own; Danish unless the user chose English. */
export function createI18n(app: {
  da: Record<string, unknown>;
  en: Record<string, unknown>;
}): i18n {
  const instance = i18next.createInstance();
  const resources: Resource = {
    da: { translation: { ...commonDa, ...app.da } },
    en: { translation: { ...commonEn, ...app.en } },
  };
  void instance.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: "da",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const applyLang = (lng: string) => {
    if (typeof document !== "undefined") document.documentElement.lang = lng;
  };
  applyLang(instance.language);
  instance.on("languageChanged", (lng) => {
    applyLang(lng);
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  });
  return instance;
}
