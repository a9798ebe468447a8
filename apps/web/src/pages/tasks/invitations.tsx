import { DANISH_TIME_ZONE } from "@samstemt/domain";
import { errorCode, errorMessage, QueryError, unitAndOrganisation, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DeclineInvitationForm } from "./decline-invitation-form";

type Answer = { type: "joinCase" } | { type: "declineInvitation"; reason: string };

/**
 * R6: the cases a leader's organisation has been asked to take part in. Only who asked is
 * shown, nothing about the citizen; the leader can call them, then answers for their own
 * organisation: join, or decline with a reason. Shown to leaders only, and only when there
 * is something to answer.
 */
export function Invitations(props: { organisationName: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.cases.invitations.queryOptions());
  const [declining, setDeclining] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  // Focus goes where the user's next step is: to the outcome once the row they acted on is
  // gone, or back to "Afslå" after cancelling (WCAG 2.4.3).
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const declineButtons = useRef(new Map<string, HTMLButtonElement>());
  const [focusDeclineOf, setFocusDeclineOf] = useState<string | null>(null);
  useEffect(() => {
    if (focusDeclineOf) declineButtons.current.get(focusDeclineOf)?.focus();
  }, [focusDeclineOf]);

  const answered = (outcome: "joined" | "declined") => () => {
    setDone(t(`invitations.${outcome}`, { organisation: props.organisationName }));
    setDeclining(null);
    outcomeRef.current?.focus();
    void queryClient.invalidateQueries();
  };
  const onError = (error: { message: string }) => {
    setFailure(t("invitations.failed", { message: errorMessage(error, i18n.language) }));
    // Someone changed the case meanwhile: fetch its new version so the next try can pass.
    if (errorCode(error) === "CONFLICT") void invitations.refetch();
  };
  const join = useMutation(
    trpc.activation.joinCase.mutationOptions({ onSuccess: answered("joined"), onError }),
  );
  const decline = useMutation(
    trpc.activation.declineInvitation.mutationOptions({ onSuccess: answered("declined"), onError }),
  );
  const answering = join.isPending || decline.isPending;
  const answeringCase = join.isPending ? join.variables?.caseId : decline.variables?.caseId;
  const send = (invitation: { caseId: string; caseVersion: number }, answer: Answer) => {
    setDone("");
    setFailure(null);
    const target = { caseId: invitation.caseId, expectedVersion: invitation.caseVersion };
    if (answer.type === "joinCase") {
      // The organisation joins under the name Samstemt knows; the server ignores this one.
      join.mutate({ ...target, payload: { organisationName: null } });
    } else {
      decline.mutate({ ...target, payload: { reason: answer.reason } });
    }
  };
  const formatDate = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeZone: DANISH_TIME_ZONE,
  });

  if (invitations.isError) {
    return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }
  const waiting = invitations.data ?? [];

  // The live region is always there, in the same place, so its news is announced once and
  // keeps focus when the list under it goes away (WCAG 4.1.3, 2.4.3).
  return (
    <>
      <p role="status" ref={outcomeRef} tabIndex={-1} className={done ? "success" : undefined}>
        {done}
      </p>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="invitations-title" className="section-before-list">
          <h2 id="invitations-title">
            {t("invitations.title", { organisation: props.organisationName })}
          </h2>
          <p className="muted">{t("invitations.intro")}</p>
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
              {waiting.map((invitation) => {
                const by = invitation.invitedBy;
                const invitedAt = formatDate.format(invitation.invitedAt);
                const label = { name: by.name, date: invitedAt };
                const busy = answering && answeringCase === invitation.caseId;
                return (
                  <tr key={invitation.caseId}>
                    <th scope="row">
                      {by.name}, {by.title}
                      <br />
                      <span className="muted">
                        {unitAndOrganisation(by.unitName, by.organisationName)}
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
                          busy={answering}
                          onCancel={() => {
                            setDeclining(null);
                            setFocusDeclineOf(invitation.caseId);
                          }}
                          onDecline={(reason) =>
                            send(invitation, { type: "declineInvitation", reason })
                          }
                        />
                      ) : (
                        <div className="actions">
                          <button
                            type="button"
                            disabled={answering}
                            aria-busy={busy || undefined}
                            aria-label={t("invitations.joinLabel", label)}
                            onClick={() => send(invitation, { type: "joinCase" })}
                          >
                            {t("invitations.join")}
                          </button>
                          <button
                            type="button"
                            className="secondary"
                            disabled={answering}
                            aria-label={t("invitations.declineLabel", label)}
                            ref={(button) => {
                              if (button) declineButtons.current.set(invitation.caseId, button);
                              else declineButtons.current.delete(invitation.caseId);
                            }}
                            onClick={() => {
                              setDone("");
                              setFailure(null);
                              setFocusDeclineOf(null);
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
      )}
    </>
  );
}
