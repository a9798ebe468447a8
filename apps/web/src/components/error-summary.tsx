import { type FieldError, ErrorSummary as SharedErrorSummary } from "@samstemt/ui";
import { useTranslation } from "react-i18next";

export { type FieldError, FieldMessage } from "@samstemt/ui";

/** The shared DKFDS error summary, titled in the staff app's words. */
export function ErrorSummary(props: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  return <SharedErrorSummary title={t("form.errorSummary")} {...props} />;
}
