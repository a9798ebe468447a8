import { organisationExists } from "@samstemt/db";
import { InviteOrganisationCommandSchema, inviteOrganisation } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { caseCommandInput, caseCommandProcedure } from "../cases/case-command-procedure";

/** R6: a leader who stands behind the case asks another organisation's leaders to take part. */
export const inviteOrganisationProcedure = caseCommandProcedure({
  name: "inviteOrganisation",
  input: caseCommandInput(InviteOrganisationCommandSchema),
  decide: inviteOrganisation,
  resolve: async (db, _actor, payload) => {
    if (!(await organisationExists(db, payload.organisationId))) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Organisationen findes ikke i Samstemt.",
      });
    }
    return payload;
  },
});
