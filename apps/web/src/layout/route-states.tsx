import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "./page-heading";

/** While a page's code loads. */
export function RoutePending() {
  const { t } = useTranslation();
  return <p aria-live="polite">{t("loading")}</p>;
}

/** A page failed to load (its code, most likely after a new deploy): reload is the way on. */
export function RouteError(props: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p className="error">{t("error", { message: String((props.error as Error)?.message) })}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t("retry")}
      </button>
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t("notFound.title")}>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.text")}</p>
      <p>
        <Link to="/">{t("notFound.back")}</Link>
      </p>
    </>
  );
}
