import { useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AboutRule } from "../../components/about-rule";
import { StepError } from "../../components/confirm";
import { FieldMessage } from "../../components/error-summary";
import { useSignedInUser } from "../../layout/signed-in-user";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";
import { useOrganisations } from "./use-organisation-names";

/** R6: a leader of the initiator's organisation (or an invited one) joins for it. */
export function JoinCase() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useSignedInUser();
  const commands = useCaseCommands();
  const [failure, setFailure] = useState<string | null>(null);
  const join = useMutation(
    trpc.activation.joinCase.mutationOptions({
      onSuccess: (result) =>
        commands.done(t("activation.joined", { organisation: user.organisationName }), result),
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  return (
    <section aria-labelledby="join-title" className="panel">
      <h2 id="join-title">{t("activation.joinTitle", { organisation: user.organisationName })}</h2>
      <p>{t("activation.joinIntro")}</p>
      <StepError message={failure} />
      <button
        type="button"
        disabled={join.isPending}
        onClick={() => {
          setFailure(null);
          join.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: { organisationName: null },
          });
        }}
      >
        {t("activation.join", { organisation: user.organisationName })}
      </button>
    </section>
  );
}

/**
 * R6: a leader behind the case asks another organisation's leaders to take part, choosing
 * from the organisations Samstemt knows, with their sector. Those already taking part,
 * already asked, or the initiator's own (which needs no invitation) are not offered.
 */
export function InviteOrganisation(props: {
  view: CaseView;
  initiatorOrganisationId: string | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState("");
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const invite = useMutation(
    trpc.activation.inviteOrganisation.mutationOptions({
      onSuccess: (result, input) => {
        setOrganisationId("");
        commands.done(
          t("activation.invited", {
            organisation: organisations.name(input.payload.organisationId),
          }),
          result,
        );
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const taken = new Set([
    ...props.view.organisations.map((o) => o.organisationId),
    ...props.view.invitations.filter((i) => !i.declined).map((i) => i.organisationId),
    ...(props.initiatorOrganisationId ? [props.initiatorOrganisationId] : []),
  ]);
  const offered = organisations.list.filter((o) => !taken.has(o.organisationId));
  return (
    <section aria-labelledby="invite-title" className="panel">
      <h2 id="invite-title">{t("activation.inviteTitle")}</h2>
      <p>{t("activation.inviteIntro")}</p>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!organisationId) {
            setMissing(true);
            return;
          }
          setMissing(false);
          setFailure(null);
          invite.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: { organisationId },
          });
        }}
      >
        <div className={missing ? "field field-error" : "field"}>
          <label htmlFor="invite-organisation">{t("activation.organisation")}</label>
          <FieldMessage
            id="invite-organisation-error"
            message={missing ? t("activation.chooseOrganisation") : undefined}
          />
          <select
            id="invite-organisation"
            value={organisationId}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? "invite-organisation-error" : undefined}
            onChange={(event) => setOrganisationId(event.target.value)}
          >
            <option value="">{t("activation.choose")}</option>
            {offered.map((o) => (
              <option key={o.organisationId} value={o.organisationId}>
                {`${o.name} (${t(`sector.${o.sector}`)})`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={invite.isPending}>
          {t("activation.invite")}
        </button>
      </form>
    </section>
  );
}

/** R6: why the case cannot be activated yet — which rule, what is missing, who is awaited. */
export function ActivationBlocked(props: {
  activation: { sectors: string[]; minimumSectors: number; waitingForOrganisationIds: string[] };
}) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const { sectors, minimumSectors, waitingForOrganisationIds } = props.activation;
  return (
    <section aria-labelledby="activation-blocked-title" className="notice">
      <h2 id="activation-blocked-title">{t("activation.notYetTitle")}</h2>
      <p>{t("activation.rule", { count: minimumSectors })}</p>
      <p>
        {sectors.length === 0
          ? t("activation.noSectors")
          : t("activation.sectorsNow", {
              sectors: sectors.map((s) => t(`sector.${s}`)).join(", "),
            })}{" "}
        {t("activation.missing", { count: Math.max(0, minimumSectors - sectors.length) })}
      </p>
      {waitingForOrganisationIds.length > 0 ? (
        <p>
          {t("activation.waitingFor", {
            organisations: waitingForOrganisationIds.map((id) => organisations.name(id)).join(", "),
          })}
        </p>
      ) : (
        <p>{t("activation.inviteNext")}</p>
      )}
      <AboutRule rule="R6" />
    </section>
  );
}
