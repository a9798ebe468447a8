import type { RouterOutputs } from "@samstemt/api";
import { ContactDetailsSchema, TextSchema } from "@samstemt/domain";

export type Candidate = RouterOutputs["directory"]["teamCandidates"][number];

/** A member as a leader fills them in: role, tasks and how to reach them, as typed. */
export interface MemberDraft {
  personId: string;
  role: string;
  tasks: string;
  phone: string;
  email: string;
}

export const memberDraftFor = (candidate: Candidate): MemberDraft => ({
  personId: candidate.personId,
  role: "",
  tasks: "",
  phone: candidate.phone ?? "",
  email: candidate.email,
});

/** The domain's member input, or the keys of the fields that are wrong (R6, R7). */
export function memberInput(draft: MemberDraft, candidate: Candidate) {
  const role = TextSchema.safeParse(draft.role);
  const contact = ContactDetailsSchema.safeParse({
    phone: draft.phone.trim() || null,
    email: draft.email.trim() || null,
    other: null,
  });
  const errors: Array<"role" | "contact"> = [];
  if (!role.success) errors.push("role");
  if (!contact.success) errors.push("contact");
  if (!role.success || !contact.success) return { errors, member: null };
  return {
    errors,
    member: {
      personId: candidate.personId,
      name: candidate.name,
      organisationId: candidate.organisationId,
      role: role.data,
      tasks: draft.tasks.trim() || null,
      contact: contact.data,
      notDirectlyInvolved: false,
    },
  };
}
