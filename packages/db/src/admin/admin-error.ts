/**
 * Why an administrator's change was refused, as data the API turns into a form message
 * (a name already taken is a CONFLICT on that field, never a server error).
 */
export type AdminErrorCode =
  | "organisation_name_taken"
  | "unit_name_taken"
  | "subject_taken"
  | "organisation_not_found"
  | "unit_not_found"
  | "person_not_found"
  /** Administrator rights go to people who can sign in. */
  | "person_deactivated"
  /** An administrator cannot deactivate themselves or take away their own rights: there is always one left. */
  | "own_account"
  /**
   * A person on the team of an open case stays in their organisation: on the team they speak
   * for it and see the case because of it (R7). They leave the teams first.
   */
  | "on_open_cases"
  /**
   * The last leader of a unit with initiatives waiting for a decision stays its leader: only
   * a leader of the initiator's unit endorses or declines (R5). Another leader comes first.
   */
  | "last_leader"
  /**
   * Someone saved the record after this administrator opened it: their save would silently
   * undo the other change, so it is refused and the form shows what is saved now.
   */
  | "changed_meanwhile";

/** Which input field the refusal is about, for the form's error summary. */
export type AdminErrorField =
  | "name"
  | "title"
  | "email"
  | "phone"
  | "subject"
  | "sector"
  | "organisationId"
  | "unitId"
  | "personId"
  | "role";

export class AdminError extends Error {
  constructor(
    readonly code: AdminErrorCode,
    readonly field: AdminErrorField,
  ) {
    super(`administration refused: ${code}`);
    this.name = "AdminError";
  }
}

/** Whether a database error is a unique-constraint violation (Prisma's P2002), however wrapped. */
export function isUniqueViolation(error: unknown): boolean {
  let cause: unknown = error;
  for (let depth = 0; cause && typeof cause === "object" && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (code === "P2002" || code === "23505") return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}
