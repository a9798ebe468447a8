import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { AgreementVersionView } from "./agreement-document";

type SignatureView = AgreementVersionView["signatures"][number];

/**
 * R11 on paper: the citizen agreement's print ends with a line to sign for the citizen and
 * one for the team, as the agreement the citizen signs by hand. Above a line stands what is
 * recorded (how and when the citizen agreed, when the team signed), below it who signs;
 * an unsigned line leaves room for the signature and the date. Printed only: on screen the
 * signatures are listed above.
 */
export function AgreementSignatureLines(props: {
  version: AgreementVersionView;
  citizenName: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const signature = (signAs: "citizen" | "team") =>
    props.version.signatures.find((s) => s.signAs === signAs);
  const citizen = signature("citizen");
  const team = signature("team");
  const citizenSigned = (s: SignatureView) =>
    s.citizenAgreement
      ? t("agreements.citizenAgreed", {
          how: t(`agreements.how.${s.citizenAgreement.how}`),
          date: format.date(s.citizenAgreement.agreedAt),
        })
      : t("agreements.paper.signedOn", { date: format.date(s.signedAt) });
  return (
    <section className="signature-lines" aria-labelledby="signature-lines-title">
      <h3 id="signature-lines-title">{t("agreements.signaturesTitle")}</h3>
      <div className="signature-line">
        <p className="signed">{citizen ? citizenSigned(citizen) : ""}</p>
        <p className="party">{t("agreements.paper.citizen")}</p>
        {props.citizenName && <p>{props.citizenName}</p>}
        {citizen?.signedBy.name && (
          <p className="muted">
            {t("agreements.paper.recordedBy", { name: citizen.signedBy.name })}
          </p>
        )}
        {!citizen && <p className="date">{t("agreements.paper.date")}</p>}
      </div>
      <div className="signature-line">
        <p className="signed">
          {team ? t("agreements.paper.signedOn", { date: format.date(team.signedAt) }) : ""}
        </p>
        <p className="party">{t("agreements.paper.team")}</p>
        {team?.signedBy.name && <p>{team.signedBy.name}</p>}
        {!team && <p className="date">{t("agreements.paper.date")}</p>}
      </div>
    </section>
  );
}
