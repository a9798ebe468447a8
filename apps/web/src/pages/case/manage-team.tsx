import { useTRPC } from "@samstemt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { FieldMessage } from "../../components/error-summary";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";
import { MemberFields } from "./member-fields";
import { type MemberDraft, memberDraftFor, memberInput } from "./team-candidates";

/**
 * R6/R7: leaders of participating organisations change the team: add a member, make
 * another member coordinator, or let a member go — asking who takes over when the
 * coordinator leaves. History is kept (former members stay listed).
 */
export function ManageTeam(props: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="manage-team-title" className="panel">
      <h2 id="manage-team-title">{t("team.manageTitle")}</h2>
      <AddMember view={props.view} />
      <ChangeCoordinator view={props.view} />
      <RemoveMember view={props.view} />
    </section>
  );
}

function AddMember({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const candidates = useQuery(
    trpc.directory.teamCandidates.queryOptions({ caseId: commands.caseId }),
  );
  const current = new Set(view.team.members.map((m) => m.personId));
  const offered = (candidates.data ?? []).filter((c) => !current.has(c.personId));
  const [personId, setPersonId] = useState("");
  const [draft, setDraft] = useState<MemberDraft | null>(null);
  const [errors, setErrors] = useState<Array<"role" | "contact">>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const add = useMutation(
    trpc.team.addTeamMember.mutationOptions({
      onSuccess: (result, input) => {
        setPersonId("");
        setDraft(null);
        commands.done(t("team.added", { name: input.payload.member.name }), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const candidate = offered.find((c) => c.personId === personId);
  return (
    <form
      noValidate
      aria-labelledby="add-member-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!candidate || !draft) return;
        const result = memberInput(draft, candidate);
        setErrors(result.errors);
        if (!result.member) return;
        setFailure(null);
        add.mutate({
          caseId: commands.caseId,
          expectedVersion: commands.version,
          payload: { member: result.member },
        });
      }}
    >
      <h3 id="add-member-title">{t("team.addTitle")}</h3>
      <StepError message={failure} />
      <label htmlFor="add-member-person">{t("team.person")}</label>
      <select
        id="add-member-person"
        value={personId}
        onChange={(event) => {
          setPersonId(event.target.value);
          const chosen = offered.find((c) => c.personId === event.target.value);
          setDraft(chosen ? memberDraftFor(chosen) : null);
          setErrors([]);
        }}
      >
        <option value="">{t("activation.choose")}</option>
        {offered.map((c) => (
          <option key={c.personId} value={c.personId}>
            {`${c.name}, ${c.title} – ${c.organisationName}`}
          </option>
        ))}
      </select>
      {candidate && draft && (
        <>
          <MemberFields candidate={candidate} draft={draft} errors={errors} onChange={setDraft} />
          <button type="submit" disabled={add.isPending}>
            {t("team.add")}
          </button>
        </>
      )}
    </form>
  );
}

function ChangeCoordinator({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const others = view.team.members.filter((m) => !m.coordinator);
  const [personId, setPersonId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const appoint = useMutation(
    trpc.team.appointCoordinator.mutationOptions({
      onSuccess: (result) => {
        setConfirming(false);
        commands.done(t("team.coordinatorChanged"), result);
      },
      onError: (error) => {
        setConfirming(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  if (others.length === 0) return null;
  const name = others.find((m) => m.personId === personId)?.name ?? "";
  return (
    <div className="form-block">
      <h3 id="coordinator-title">{t("team.changeCoordinatorTitle")}</h3>
      <StepError message={failure} />
      <label htmlFor="new-coordinator">{t("team.newCoordinator")}</label>
      <select
        id="new-coordinator"
        value={personId}
        onChange={(event) => setPersonId(event.target.value)}
      >
        <option value="">{t("activation.choose")}</option>
        {others.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.name}
          </option>
        ))}
      </select>
      {confirming ? (
        <Confirm
          question={t("team.confirmCoordinator", { name })}
          confirmLabel={t("team.yesCoordinator")}
          busy={appoint.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            appoint.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: { personId },
            })
          }
        />
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={!personId}
          onClick={() => setConfirming(true)}
        >
          {t("team.makeCoordinator")}
        </button>
      )}
    </div>
  );
}

function RemoveMember({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const [personId, setPersonId] = useState("");
  const [successor, setSuccessor] = useState("");
  const [reason, setReason] = useState("");
  const [missingSuccessor, setMissingSuccessor] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = useMutation(
    trpc.team.removeTeamMember.mutationOptions({
      onSuccess: (result) => {
        setConfirming(false);
        setPersonId("");
        setSuccessor("");
        setReason("");
        commands.done(t("team.removed"), result);
      },
      onError: (error) => {
        setConfirming(false);
        setFailure(commands.failed(error));
      },
    }),
  );
  const leaving = view.team.members.find((m) => m.personId === personId);
  const remaining = view.team.members.filter((m) => m.personId !== personId);
  if (view.team.members.length < 2) return null;
  return (
    <div className="form-block">
      <h3>{t("team.removeTitle")}</h3>
      <StepError message={failure} />
      <label htmlFor="remove-member">{t("team.leavingMember")}</label>
      <select
        id="remove-member"
        value={personId}
        onChange={(event) => setPersonId(event.target.value)}
      >
        <option value="">{t("activation.choose")}</option>
        {view.team.members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.coordinator ? `${m.name} (${t("team.coordinator")})` : m.name}
          </option>
        ))}
      </select>
      {leaving?.coordinator && (
        <div className={missingSuccessor ? "field field-error" : "field"}>
          <label htmlFor="successor">{t("team.successor")}</label>
          <FieldMessage
            id="successor-error"
            message={missingSuccessor ? t("team.errors.successor") : undefined}
          />
          <select
            id="successor"
            value={successor}
            aria-invalid={missingSuccessor || undefined}
            aria-describedby={missingSuccessor ? "successor-error" : undefined}
            onChange={(event) => setSuccessor(event.target.value)}
          >
            <option value="">{t("activation.choose")}</option>
            {remaining.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {leaving && (
        <div className="field">
          <label htmlFor="remove-reason">{t("team.removeReason")}</label>
          <input
            id="remove-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      {confirming && leaving ? (
        <Confirm
          question={t("team.confirmRemove", { name: leaving.name })}
          confirmLabel={t("team.yesRemove")}
          busy={remove.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: {
                personId,
                newCoordinatorPersonId: leaving.coordinator ? successor : null,
                reason: reason.trim() || null,
              },
            })
          }
        />
      ) : (
        <button
          type="button"
          className="secondary"
          disabled={!leaving}
          onClick={() => {
            if (leaving?.coordinator && !successor) {
              setMissingSuccessor(true);
              document.getElementById("successor")?.focus();
              return;
            }
            setMissingSuccessor(false);
            setConfirming(true);
          }}
        >
          {t("team.remove")}
        </button>
      )}
    </div>
  );
}
