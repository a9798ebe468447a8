export { errorCode, errorMessage } from "./api/client-errors";
export { createApiClient, TRPCProvider, useTRPC } from "./api/trpc";
export { AppShell, type ShellUser } from "./components/app-shell";
export { DemoSignIn, signOut } from "./components/demo-sign-in";
export { ErrorSummary, type FieldError, FieldMessage } from "./components/error-summary";
export { LanguageSwitch } from "./components/language-switch";
export { QueryError } from "./components/query-error";
export {
  civilDate,
  type DateParts,
  danishInstant,
  todayParts,
} from "./dates/danish-date";
export { parseTime } from "./dates/parse-time";
export { commonDa, commonEn } from "./i18n/common-translations";
export { createI18n, type Language, languages } from "./i18n/create-i18n";
export { unitAndOrganisation } from "./names/unit-and-organisation";
export { renderApp } from "./render-app";
