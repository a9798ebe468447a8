import { useTranslation } from "react-i18next";
import { FieldMessage } from "../../components/error-summary";
import type { Candidate, MemberDraft } from "./team-candidates";

/** R6/R7: a member's role, tasks and contact details; messages above their fields. */
export function MemberFields(props: {
  candidate: Pick<Candidate, "personId" | "name">;
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  errors: Array<"role" | "contact">;
  /** Distinguishes the fields' ids when two forms for the same person are on the page. */
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const id = `${props.idPrefix ?? "member"}-${props.candidate.personId}`;
  const set = (key: keyof MemberDraft, value: string) =>
    props.onChange({ ...props.draft, [key]: value });
  const roleError = props.errors.includes("role") ? t("team.errors.role") : undefined;
  const contactError = props.errors.includes("contact") ? t("team.errors.contact") : undefined;
  return (
    <fieldset>
      <legend>{t("team.detailsFor", { name: props.candidate.name })}</legend>
      <div className={roleError ? "field field-error" : "field"}>
        <label htmlFor={`${id}-role`}>{t("team.roleLabel")}</label>
        <FieldMessage id={`${id}-role-error`} message={roleError} />
        <input
          id={`${id}-role`}
          value={props.draft.role}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? `${id}-role-error` : undefined}
          onChange={(event) => set("role", event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tasks`}>{t("team.tasksLabel")}</label>
        <input
          id={`${id}-tasks`}
          value={props.draft.tasks}
          onChange={(event) => set("tasks", event.target.value)}
        />
      </div>
      <FieldMessage id={`${id}-contact-error`} message={contactError} />
      <div className={contactError ? "field field-error" : "field"}>
        <label htmlFor={`${id}-phone`}>{t("team.phone")}</label>
        <input
          id={`${id}-phone`}
          type="tel"
          value={props.draft.phone}
          aria-invalid={contactError ? true : undefined}
          aria-describedby={contactError ? `${id}-contact-error` : undefined}
          onChange={(event) => set("phone", event.target.value)}
        />
      </div>
      <div className={contactError ? "field field-error" : "field"}>
        <label htmlFor={`${id}-email`}>{t("team.email")}</label>
        <input
          id={`${id}-email`}
          type="email"
          value={props.draft.email}
          aria-invalid={contactError ? true : undefined}
          aria-describedby={contactError ? `${id}-contact-error` : undefined}
          onChange={(event) => set("email", event.target.value)}
        />
      </div>
    </fieldset>
  );
}
