import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * R6: the cases a leader's organisation has been asked to take part in. Nothing about the
 * citizen is shown before joining (R4); the leader sees who asked and can call them, then
 * agrees for their own organisation. Shown to leaders only, and only when there is one.
 */
export function Invitations(props: { organisationName: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.cases.invitations.queryOptions());
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const join = useMutation(
    trpc.cases.command.mutationOptions({
      onSuccess: () => {
        setOutcome({
          ok: true,
          text: t("invitations.joined", { organisation: props.organisationName }),
        });
        void queryClient.invalidateQueries();
      },
      onError: (error) =>
        setOutcome({ ok: false, text: t("invitations.failed", { message: error.message }) }),
    }),
  );
  const formatDate = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeZone: "Europe/Copenhagen",
  });

  const status = outcome && (
    <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "success" : "error"}>
      {outcome.text}
    </p>
  );
  if (invitations.isError) {
    return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }
  if (!invitations.data?.length) return status;

  return (
    <section aria-labelledby="invitations-title" className="section-before-list">
      <h2 id="invitations-title">
        {t("invitations.title", { organisation: props.organisationName })}
      </h2>
      <p className="muted">{t("invitations.intro")}</p>
      {status}
      <table>
        <caption>{t("invitations.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("invitations.invitedBy")}</th>
            <th scope="col">{t("invitations.invitedAt")}</th>
            <th scope="col">{t("invitations.caseStatus")}</th>
            <th scope="col">{t("invitations.action")}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.data.map((invitation) => {
            const by = invitation.invitedBy;
            const invitedAt = formatDate.format(invitation.invitedAt);
            return (
              <tr key={invitation.caseId}>
                <th scope="row">
                  {by.name}, {by.title}
                  <br />
                  <span className="muted">
                    {by.unitName}, {by.organisationName}
                  </span>
                  <br />
                  {by.phone && <a href={`tel:${by.phone.replaceAll(" ", "")}`}>{by.phone}</a>}
                  {by.phone && " · "}
                  <a href={`mailto:${by.email}`}>{by.email}</a>
                </th>
                <td>{invitedAt}</td>
                <td>{t(`status.${invitation.caseStatus}`)}</td>
                <td>
                  <button
                    type="button"
                    disabled={join.isPending}
                    aria-label={t("invitations.joinLabel", {
                      name: by.name,
                      date: invitedAt,
                    })}
                    onClick={() =>
                      join.mutate({
                        caseId: invitation.caseId,
                        expectedVersion: invitation.caseVersion,
                        command: { type: "joinCase", payload: { organisationName: null } },
                      })
                    }
                  >
                    {join.isPending && join.variables?.caseId === invitation.caseId
                      ? t("invitations.joining")
                      : t("invitations.join")}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
