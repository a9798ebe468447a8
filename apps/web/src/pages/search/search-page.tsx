import { QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, FieldMessage } from "../../components/error-summary";
import { useFormat } from "../../components/format";
import { StatusBadge } from "../../components/status-badge";
import { PageHeading } from "../../layout/page-heading";

/**
 * `/soeg?q=…`: find a citizen's case by name or CPR number among the cases the person may
 * see. The server filters by visibility in the same query and audits every citizen found;
 * a case the person may not see is simply not there. The query is in the address, so a
 * search can be repeated with Back.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const format = useFormat();
  const navigate = useNavigate();
  const { q } = useSearch({ from: "/soeg" });
  const [text, setText] = useState(q ?? "");
  const [tooShort, setTooShort] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const query = q?.trim() ?? "";
  const results = useQuery(
    trpc.search.cases.queryOptions({ query }, { enabled: query.length >= 2, staleTime: 0 }),
  );
  const errors = tooShort ? [{ fieldId: "search-query", message: t("search.tooShort") }] : [];

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <PageHeading title={t("search.title")}>{t("search.title")}</PageHeading>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = text.trim();
          setAttempt((n) => n + 1);
          if (trimmed.length < 2) {
            setTooShort(true);
            return;
          }
          setTooShort(false);
          void navigate({ to: "/soeg", search: { q: trimmed } });
        }}
      >
        <div className={tooShort ? "field field-error" : "field"}>
          <label htmlFor="search-query">{t("search.label")}</label>
          <p id="search-query-hint" className="hint">
            {t("search.hint")}
          </p>
          <FieldMessage
            id="search-query-error"
            message={tooShort ? t("search.tooShort") : undefined}
          />
          <input
            id="search-query"
            type="search"
            autoComplete="off"
            maxLength={100}
            value={text}
            aria-invalid={tooShort || undefined}
            aria-describedby={`search-query-hint${tooShort ? " search-query-error" : ""}`}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit">{t("search.submit")}</button>
      </form>
      <div aria-live="polite">
        {query.length >= 2 && results.isPending && <p>{t("loading")}</p>}
        {results.isError && (
          <QueryError error={results.error} onRetry={() => void results.refetch()} />
        )}
        {results.data && (
          <>
            <h2>{t("search.results", { count: results.data.length, query })}</h2>
            {results.data.length === 0 ? (
              <p className="empty">{t("search.none")}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{t("search.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("myCases.citizen")}</th>
                    <th scope="col">{t("myCases.status")}</th>
                    <th scope="col">{t("myCases.initiative")}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.data.map((hit) => (
                    <tr key={hit.caseId}>
                      <th scope="row">
                        <Link to="/sager/$caseId" params={{ caseId: hit.caseId }}>
                          {hit.citizenName}
                        </Link>
                      </th>
                      <td>
                        <StatusBadge status={hit.status} />
                      </td>
                      <td>{format.date(hit.initiativeAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </>
  );
}
