import { listProvisionalCitizenCases } from "@samstemt/db";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";

/**
 * Issue 10: initiatives in the leader's unit whose CPR number Samstemt knew under another
 * name. The registration went on provisionally so that the initiator learnt nothing; the
 * leader checks CPR number and name with the initiator before endorsing (R5), and declines
 * the initiative when the CPR number was mistyped. The name Samstemt knows is not shown here
 * either. One audit entry per request names every citizen shown.
 */
export const identityChecks = leaderProcedure.query(async ({ ctx }) => {
  const rows = await listProvisionalCitizenCases(ctx.db, ctx.actor);
  if (rows.length > 0) {
    await audit(
      ctx,
      [
        {
          action: "citizen.identity-checks.read",
          details: { citizens: rows.map((row) => row.citizenId) },
        },
      ],
      ctx.db,
    );
  }
  return rows.map((row) => ({
    caseId: row.caseId,
    cpr: row.cpr,
    name: row.name,
    initiativeAt: row.initiativeAt,
    initiatorName: row.initiatorName,
    status: row.status,
  }));
});
