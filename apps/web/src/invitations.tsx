import { QueryError, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DeclineInvitationForm } from "./decline-invitation-form";

type Answer =
  | { type: "joinCase"; payload: { organisationName: null } }
  | { type: "declineInvitation"; payload: { reason: string } };

/**
 * R6: the cases a leader's organisation has been asked to take part in. Nothing about the
 * citizen is shown before joining (R4); the leader sees who asked and can call them, then
 * answers for their own organisation: join, or decline with a reason. Shown to leaders
 * only, and only when there is something to answer.
 */
export function Invitations(props: { organisationName: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.cases.invitations.queryOptions());
  const [declining, setDeclining] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const answer = useMutation(
    trpc.cases.command.mutationOptions({
      onSuccess: (_result, variables) => {
        const organisation = props.organisationName;
        setOutcome({
          ok: true,
          text:
            variables.command.type === "joinCase"
              ? t("invitations.joined", { organisation })
              : t("invitations.declined", { organisation }),
        });
        setDeclining(null);
        void queryClient.invalidateQueries();
      },
      onError: (error) =>
        setOutcome({ ok: false, text: t("invitations.failed", { message: error.message }) }),
    }),
  );
  const send = (invitation: { caseId: string; caseVersion: number }, command: Answer) => {
    setOutcome(null);
    answer.mutate({ caseId: invitation.caseId, expectedVersion: invitation.caseVersion, command });
  };
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
            const label = { name: by.name, date: invitedAt };
            const busy = answer.isPending && answer.variables?.caseId === invitation.caseId;
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
                  {declining === invitation.caseId ? (
                    <DeclineInvitationForm
                      busy={answer.isPending}
                      onCancel={() => setDeclining(null)}
                      onDecline={(reason) =>
                        send(invitation, { type: "declineInvitation", payload: { reason } })
                      }
                    />
                  ) : (
                    <div className="actions">
                      <button
                        type="button"
                        disabled={answer.isPending}
                        aria-label={t("invitations.joinLabel", label)}
                        onClick={() =>
                          send(invitation, {
                            type: "joinCase",
                            payload: { organisationName: null },
                          })
                        }
                      >
                        {busy ? t("invitations.joining") : t("invitations.join")}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={answer.isPending}
                        aria-label={t("invitations.declineLabel", label)}
                        onClick={() => {
                          setOutcome(null);
                          setDeclining(invitation.caseId);
                        }}
                      >
                        {t("invitations.decline")}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
