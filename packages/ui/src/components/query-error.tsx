import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorCode } from "../api/client-errors";

/**
 * A failed load, said plainly, with a way on: try again, or — when the sign-in has run
 * out — sign in again. Nothing else on the page is lost.
 */
export function QueryError(props: { error: { message: string }; onRetry: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (errorCode(props.error) === "UNAUTHORIZED") {
    return (
      <div role="alert">
        <p className="error">{t("signedOut")}</p>
        <button type="button" onClick={() => void queryClient.resetQueries()}>
          {t("signInAgain")}
        </button>
      </div>
    );
  }
  return (
    <div role="alert">
      <p className="error">{t("error", { message: props.error.message })}</p>
      <button type="button" onClick={props.onRetry}>
        {t("retry")}
      </button>
    </div>
  );
}
