import { ContactDetailsSchema, OptionalTextSchema, TextSchema } from "@samstemt/domain";
import { useTRPC } from "@samstemt/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { StepError } from "../../components/confirm";
import { ErrorSummary, type FieldError } from "../../components/error-summary";
import { useCaseCommands } from "./case-command";
import type { CaseView } from "./case-types";
import { MemberFields } from "./member-fields";
import type { MemberDraft } from "./team-candidates";

type Member = CaseView["team"]["members"][number];

const draftOf = (member: Member): MemberDraft => ({
  personId: member.personId,
  role: member.role,
  tasks: member.tasks ?? "",
  phone: member.contact.phone ?? "",
  email: member.contact.email ?? "",
});

/**
 * R7: the coordinator keeps the participants' contact information current; a member may
 * update their own, and a participating leader anyone's. Role, tasks and contact details of
 * an existing member, with the error summary above the heading. What was typed stays in the
 * form when the step fails — also on a conflict, when the newer case is fetched underneath.
 */
export function EditTeamMember(props: { view: CaseView; editableIds: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const commands = useCaseCommands();
  const editable = props.view.team.members.filter((m) => props.editableIds.includes(m.personId));
  const [personId, setPersonId] = useState(editable.length === 1 ? editable[0]?.personId : "");
  const [draft, setDraft] = useState<MemberDraft | null>(() => {
    const only = editable.length === 1 ? editable[0] : undefined;
    return only ? draftOf(only) : null;
  });
  const [errors, setErrors] = useState<Array<"role" | "contact">>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const update = useMutation(
    trpc.team.updateTeamMember.mutationOptions({
      onSuccess: (result) => {
        setFailure(null);
        commands.done(t("team.updated", { name: member?.name ?? "" }), result);
      },
      onError: (error) => setFailure(commands.failed(error)),
    }),
  );
  const member = editable.find((m) => m.personId === personId);
  if (editable.length === 0) return null;
  const prefix = "edit-member";
  const summary: FieldError[] = member
    ? errors.map((key) => ({
        fieldId: `${prefix}-${member.personId}-${key === "role" ? "role" : "phone"}`,
        message: t(key === "role" ? "team.errors.role" : "team.errors.contact"),
      }))
    : [];
  return (
    <section aria-labelledby="edit-member-title" className="panel">
      <ErrorSummary errors={summary} attempt={attempt} />
      <h2 id="edit-member-title">{t("team.editTitle")}</h2>
      <StepError message={failure} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!member || !draft) return;
          const role = TextSchema.safeParse(draft.role);
          const tasks = OptionalTextSchema.safeParse(draft.tasks);
          const contact = ContactDetailsSchema.safeParse({
            phone: draft.phone.trim() || null,
            email: draft.email.trim() || null,
            // Kept as it is: the form does not show "other" contact details.
            other: member.contact.other ?? null,
          });
          const found: Array<"role" | "contact"> = [];
          if (!role.success || !tasks.success) found.push("role");
          if (!contact.success) found.push("contact");
          setErrors(found);
          setAttempt((n) => n + 1);
          if (!role.success || !tasks.success || !contact.success) return;
          setFailure(null);
          update.mutate({
            caseId: commands.caseId,
            expectedVersion: commands.version,
            payload: {
              personId: member.personId,
              role: role.data,
              // R4: tasks the consent keeps from this person are not shown, so an empty
              // field leaves them as they are rather than erasing what was never seen.
              tasks: member.tasksWithheld && tasks.data === null ? undefined : tasks.data,
              contact: contact.data,
            },
          });
        }}
      >
        {editable.length > 1 && (
          <div className="field">
            <label htmlFor="edit-member-person">{t("team.editWho")}</label>
            <select
              id="edit-member-person"
              value={personId}
              onChange={(event) => {
                setPersonId(event.target.value);
                const chosen = editable.find((m) => m.personId === event.target.value);
                setDraft(chosen ? draftOf(chosen) : null);
                setErrors([]);
                setFailure(null);
              }}
            >
              <option value="">{t("activation.choose")}</option>
              {editable.map((m) => (
                <option key={m.personId} value={m.personId}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {member && draft && (
          <>
            <MemberFields
              candidate={member}
              draft={draft}
              errors={errors}
              onChange={setDraft}
              idPrefix={prefix}
            />
            <button type="submit" disabled={update.isPending}>
              {t("team.saveMember")}
            </button>
          </>
        )}
      </form>
    </section>
  );
}
