import { useTranslation } from "react-i18next";

/** A failed load, said plainly, with a way to try again; nothing on the page is lost. */
export function QueryError(props: { error: { message: string }; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p className="error">{t("error", { message: props.error.message })}</p>
      <button type="button" onClick={props.onRetry}>
        {t("retry")}
      </button>
    </div>
  );
}
