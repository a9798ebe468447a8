import { Link } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/error-summary";
import { PageHeading } from "../../layout/page-heading";
import { type FieldErrors, serverErrors, summaryOf } from "./admin-form-errors";

/** Which list an administration form returns to. */
export type AdminList = "organisationer" | "enheder" | "personer";

/**
 * What every administration form keeps between attempts: the message per field, how many
 * attempts (so the error summary takes focus each time) and a failure said at the top.
 * `check` takes the browser's own findings and says whether the form may be sent; `onError`
 * turns a refused save into field messages (a taken name, say) or a failure.
 */
export function useAdminForm<F extends string>(
  fields: readonly F[],
  fieldText: (field: F) => string,
) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  return {
    errors,
    attempt,
    failure,
    check(found: FieldErrors<F>): boolean {
      setErrors(found);
      setFailure(null);
      setAttempt((n) => n + 1);
      return Object.keys(found).length === 0;
    },
    onError(error: unknown) {
      const found = serverErrors(error, fields, i18n.language, fieldText);
      setErrors(found.errors);
      setFailure(found.failure && t("admin.failed", { message: found.failure }));
      setAttempt((n) => n + 1);
    },
  };
}

/**
 * An administration form's page: the DKFDS error summary above the heading, a way back to
 * its list, a failure that is no field's, and the form.
 */
export function AdminFormPage<F extends string>(props: {
  form: ReturnType<typeof useAdminForm<F>>;
  fields: readonly F[];
  fieldId: (field: F) => string;
  title: string;
  backTo: AdminList;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form } = props;
  return (
    <>
      <ErrorSummary
        errors={summaryOf(form.errors, props.fields, props.fieldId)}
        attempt={form.attempt}
      />
      <PageHeading title={props.title}>{props.title}</PageHeading>
      <p>
        <Link to="/administration" search={{ visning: props.backTo }}>
          {t("admin.back")}
        </Link>
      </p>
      {form.failure && (
        <p role="alert" className="error">
          {form.failure}
        </p>
      )}
      {props.children}
    </>
  );
}
