import { listUncheckedRegistrations } from "@samstemt/db";
import { audit } from "../audit/audit-log";
import { leaderProcedure } from "../trpc";

/**
 * R5: every registration in the leader's unit whose CPR number is still to be checked against
 * the CPR register — each new one, known number or not, so the list tells nobody who is
 * known. The leader looks the number up in the register and gives the name it has
 * (`confirmCitizenIdentity`); a number that names somebody else was mistyped, and the leader
 * declines the initiative so it is registered again. Each citizen shown is audited.
 */
export const identityChecks = leaderProcedure.query(async ({ ctx }) => {
  const rows = await listUncheckedRegistrations(ctx.db, ctx.actor);
  await audit(
    ctx,
    rows.map((row) => ({
      action: "citizen.identity-checks.read",
      citizenId: row.citizenId,
      caseId: row.caseId,
    })),
    ctx.db,
  );
  return rows.map((row) => ({
    caseId: row.caseId,
    cpr: row.cpr,
    name: row.name,
    initiativeAt: row.initiativeAt,
    initiatorName: row.initiatorName,
    status: row.status,
  }));
});
