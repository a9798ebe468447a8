import { type AgreementKind, agreementKinds } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { errorCode, QueryError, useTRPC } from "@samstemt/ui";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../layout/page-heading";
import { CaseCommandsProvider } from "../case/case-command";
import { useOrganisations } from "../case/use-organisation-names";
import { AgreementDocument } from "./agreement-document";
import { AgreementForm } from "./agreement-form";
import { AgreementVersions } from "./agreement-versions";
import { MissingFields } from "./missing-fields";
import { SignAgreement } from "./sign-agreement";

/**
 * `/sager/$caseId/aftaler/$kind`: one of the two agreements (R10 organisational, R11
 * citizen): the latest version as the template lays it out (and as it prints on A4), the
 * draft form, signing, the versions and what changed between two.
 */
export function AgreementPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { caseId, kind: kindParam } = useParams({ from: "/sager/$caseId/aftaler/$kind" });
  const kind = (agreementKinds as readonly string[]).includes(kindParam)
    ? (kindParam as AgreementKind)
    : null;
  const detail = useQuery(trpc.cases.get.queryOptions({ caseId }, { retry: false }));
  const [changing, setChanging] = useState(false);
  // Ticking a contact person copies their organisation's name from the directory: the form
  // waits for it, so a contact is never saved as "an organisation".
  const organisations = useOrganisations();
  const language = i18n.language === "en" ? "en" : "da";

  if (!kind) {
    return (
      <PageHeading title={t("agreements.unknownKind")}>{t("agreements.unknownKind")}</PageHeading>
    );
  }
  if (detail.isPending) return <p aria-live="polite">{t("loading")}</p>;
  if (detail.isError) {
    const code = errorCode(detail.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return <PageHeading title={t("case.notFoundTitle")}>{t("case.notFoundTitle")}</PageHeading>;
    }
    return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  const { view, actions } = detail.data;
  const title = agreementTitles[kind][language];
  const versions = view.agreements[kind];
  const latest = versions.at(-1);
  const frozen = latest !== undefined && latest.signatures.length > 0;
  // R4: the domain offers editing only to whom the latest version's content reaches.
  const mayEdit = actions.editAgreements[kind];
  const editWaitsForConsent =
    !mayEdit && view.status === "active" && latest !== undefined && !latest.content.shown;
  return (
    <CaseCommandsProvider caseId={view.caseId} version={view.version}>
      <p className="no-print">
        <Link to="/sager/$caseId" params={{ caseId }}>
          {t("agreements.backToCase")}
        </Link>
      </p>
      <PageHeading title={`${title} – ${view.citizen.name}`}>
        {/* Whose agreement it is, said where one looks first; the printed document names them itself. */}
        <span className="no-print">
          {title} – {view.citizen.name}
        </span>
      </PageHeading>
      {latest && <AgreementDocument kind={kind} version={latest} />}
      {latest && (
        <p className="no-print">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t("agreements.print")}
          </button>
        </p>
      )}
      {latest && frozen && latest.status === "signed" && (
        <p className="muted no-print">{t("agreements.readOnly")}</p>
      )}
      <MissingFields missing={detail.data.agreementMissing[kind] ?? []} />
      {latest && detail.data.agreementSigning[kind] && (
        <SignAgreement kind={kind} version={latest} signing={detail.data.agreementSigning[kind]} />
      )}
      {editWaitsForConsent && (
        <p className="muted no-print">{t("agreements.editWaitsForConsent")}</p>
      )}
      {mayEdit && (!frozen || changing) && !organisations.query.isSuccess && (
        <p aria-live="polite">{t("loading")}</p>
      )}
      {mayEdit && (!frozen || changing) && organisations.query.isSuccess && (
        <AgreementForm
          // One form while the user writes: a draft saved by itself becomes a new version
          // without the fields (and the focus in them) being laid anew. A signature hides it.
          key={kind}
          kind={kind}
          detail={detail.data}
          latest={latest}
          title={title}
          onSaved={() => setChanging(false)}
        />
      )}
      {mayEdit && frozen && !changing && (
        <p className="no-print">
          <button type="button" onClick={() => setChanging(true)}>
            {t("agreements.editNew", { version: (latest?.version ?? 0) + 1 })}
          </button>
        </p>
      )}
      {/* A new version starts the comparison afresh: the newest against the one before. */}
      <AgreementVersions key={versions.length} kind={kind} versions={versions} />
    </CaseCommandsProvider>
  );
}
