import { unitAndOrganisation, useTRPC } from "@samstemt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Confirm, StepError } from "../../components/confirm";
import { ErrorSummary, type FieldError, FieldMessage } from "../../components/error-summary";
import { useCaseCommands } from "./case-command";
import { MemberFields } from "./member-fields";
import { type MemberDraft, memberDraftFor, memberInput } from "./team-candidates";

/**
 * R6/R7: with two sectors taking part, a participating leader activates the model by
 * appointing the team — people from the participating organisations, each with a role and
 * a way to be reached — and one coordinator among them, noting whether the coordinator is
 * directly involved with the citizen. Activation is final, so it asks first.
 */
export function ActivateCase(props: { citizenName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const candidates = useQuery(
    trpc.directory.teamCandidates.queryOptions({ caseId: commands.caseId }),
  );
  const [chosen, setChosen] = useState<Record<string, MemberDraft>>({});
  const [coordinator, setCoordinator] = useState("");
  const [notDirectlyInvolved, setNotDirectlyInvolved] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [memberErrors, setMemberErrors] = useState<Record<string, Array<"role" | "contact">>>({});
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const activate = useMutation(
    trpc.activation.activateCase.mutationOptions({
      onSuccess: (result) => commands.done(t("activation.activated"), result),
      onError: (error) => {
        setConfirming(false);
        setFailure(commands.failed(error));
      },
    }),
  );

  const people = candidates.data ?? [];
  const check = () => {
    const found: FieldError[] = [];
    const perMember: Record<string, Array<"role" | "contact">> = {};
    const members = [];
    for (const person of people.filter((p) => chosen[p.personId])) {
      const draft = chosen[person.personId] as MemberDraft;
      const result = memberInput(draft, person);
      perMember[person.personId] = result.errors;
      if (result.errors.includes("role")) {
        found.push({
          fieldId: `member-${person.personId}-role`,
          message: t("team.errors.roleOf", { name: person.name }),
        });
      }
      if (result.errors.includes("contact")) {
        found.push({
          fieldId: `member-${person.personId}-phone`,
          message: t("team.errors.contactOf", { name: person.name }),
        });
      }
      if (result.member) {
        members.push({
          ...result.member,
          notDirectlyInvolved: person.personId === coordinator && notDirectlyInvolved,
        });
      }
    }
    if (Object.keys(chosen).length === 0)
      found.push({ fieldId: "team-candidates", message: t("team.errors.noMembers") });
    if (!coordinator || !chosen[coordinator]) {
      found.push({ fieldId: "coordinator-choice", message: t("team.errors.coordinator") });
    }
    setMemberErrors(perMember);
    setErrors(found);
    setAttempt((n) => n + 1);
    return found.length === 0 ? members : null;
  };

  if (candidates.isPending) return <p aria-live="polite">{t("loading")}</p>;
  return (
    <section aria-labelledby="activate-title" className="panel">
      <ErrorSummary errors={errors} attempt={attempt} />
      <h2 id="activate-title">{t("activation.activateTitle")}</h2>
      <p>{t("activation.activateIntro")}</p>
      <StepError message={failure} />
      <fieldset>
        <legend id="team-candidates-legend">{t("team.choose")}</legend>
        <div id="team-candidates" tabIndex={-1}>
          {people.map((person) => (
            <label
              key={person.personId}
              className="choice"
              htmlFor={`candidate-${person.personId}`}
            >
              <input
                type="checkbox"
                id={`candidate-${person.personId}`}
                checked={Boolean(chosen[person.personId])}
                onChange={(event) => {
                  const next = { ...chosen };
                  if (event.target.checked) next[person.personId] = memberDraftFor(person);
                  else delete next[person.personId];
                  setChosen(next);
                }}
              />
              {`${person.name}, ${person.title} – ${unitAndOrganisation(person.unitName, person.organisationName)} (${t(`sector.${person.sector}`)})`}
            </label>
          ))}
        </div>
      </fieldset>
      {people
        .filter((person) => chosen[person.personId])
        .map((person) => (
          <MemberFields
            key={person.personId}
            candidate={person}
            draft={chosen[person.personId] as MemberDraft}
            errors={memberErrors[person.personId] ?? []}
            onChange={(draft) => setChosen({ ...chosen, [person.personId]: draft })}
          />
        ))}
      <fieldset>
        <legend>{t("team.coordinatorChoice")}</legend>
        <p className="hint">{t("team.coordinatorHint")}</p>
        <FieldMessage
          id="coordinator-choice-error"
          message={errors.find((e) => e.fieldId === "coordinator-choice")?.message}
        />
        <select
          id="coordinator-choice"
          aria-invalid={errors.some((e) => e.fieldId === "coordinator-choice") || undefined}
          value={coordinator}
          onChange={(event) => setCoordinator(event.target.value)}
          aria-label={t("team.coordinatorChoice")}
        >
          <option value="">{t("activation.choose")}</option>
          {people
            .filter((person) => chosen[person.personId])
            .map((person) => (
              <option key={person.personId} value={person.personId}>
                {person.name}
              </option>
            ))}
        </select>
        <label className="choice" htmlFor="coordinator-not-involved">
          <input
            type="checkbox"
            id="coordinator-not-involved"
            checked={notDirectlyInvolved}
            onChange={(event) => setNotDirectlyInvolved(event.target.checked)}
          />
          {t("team.notDirectlyInvolvedLabel")}
        </label>
      </fieldset>
      {confirming ? (
        <Confirm
          question={t("activation.confirm", { name: props.citizenName })}
          confirmLabel={t("activation.yesActivate")}
          busy={activate.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            const members = check();
            if (!members) {
              setConfirming(false);
              return;
            }
            setFailure(null);
            activate.mutate({
              caseId: commands.caseId,
              expectedVersion: commands.version,
              payload: { members, coordinatorPersonId: coordinator },
            });
          }}
        />
      ) : (
        <button type="button" onClick={() => check() && setConfirming(true)}>
          {t("activation.activate")}
        </button>
      )}
    </section>
  );
}
