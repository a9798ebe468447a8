import { prismaOf, type Transaction } from "../client/transaction";

const PROVISIONAL = "~";

/** A provisional registration as its resolver needs it, with the citizen the CPR number names. */
export interface ProvisionalRegistration {
  caseId: string;
  provisionalCitizenId: string;
  /** The CPR number and the name as the initiator typed them. */
  cpr: string;
  typedName: string;
  /** The citizen Samstemt knows under this CPR number (never shown to the resolver). */
  known: { citizenId: string; name: string } | null;
}

/**
 * The provisional registration of a case initiated in `unitId` (R5: the unit whose leader
 * endorses), locked for the rest of the transaction so two leaders cannot resolve it twice.
 * Null when the case is not provisional, or not the unit's.
 */
export async function lockProvisionalRegistration(
  transaction: Transaction,
  where: { caseId: string; unitId: string },
): Promise<ProvisionalRegistration | null> {
  const tx = prismaOf(transaction);
  const rows = await tx.$queryRaw<Array<{ citizen_id: string; cpr: string; name: string }>>`
    SELECT ci."id" AS citizen_id, ci."cpr", ci."name"
    FROM "case" c JOIN "citizen" ci ON ci."id" = c."citizen_id"
    WHERE c."id" = ${where.caseId} AND c."initiator_unit_id" = ${where.unitId}
      AND strpos(ci."cpr", ${PROVISIONAL}) > 0
    FOR UPDATE OF c`;
  const row = rows[0];
  if (!row) return null;
  const cpr = row.cpr.slice(0, row.cpr.indexOf(PROVISIONAL));
  const known = await tx.citizen.findUnique({ where: { cpr }, select: { id: true, name: true } });
  return {
    caseId: where.caseId,
    provisionalCitizenId: row.citizen_id,
    cpr,
    typedName: row.name,
    known: known && { citizenId: known.id, name: known.name },
  };
}

/**
 * Issue 10: the leader has checked the CPR number and the name against the CPR register and
 * they belong to the citizen Samstemt knows: the case moves to that citizen's record, under
 * that record's name, and the provisional record goes. The case's version goes up, so a
 * command prepared on the old state meets a conflict instead of writing the old citizen back.
 */
export async function attachCaseToKnownCitizen(
  transaction: Transaction,
  registration: ProvisionalRegistration & { known: { citizenId: string; name: string } },
): Promise<{ version: number }> {
  const tx = prismaOf(transaction);
  const citizen = JSON.stringify({
    citizenId: registration.known.citizenId,
    name: registration.known.name,
  });
  const updated = await tx.$queryRaw<Array<{ version: number }>>`
    UPDATE "case"
    SET "citizen_id" = ${registration.known.citizenId},
        "version" = "version" + 1,
        "state" = jsonb_set(
          jsonb_set("state", '{citizen}', ${citizen}::jsonb),
          '{version}', to_jsonb("version" + 1)),
        "updated_at" = now()
    WHERE "id" = ${registration.caseId} AND "citizen_id" = ${registration.provisionalCitizenId}
    RETURNING "version"`;
  const version = updated[0]?.version;
  // The row is locked since `lockProvisionalRegistration`: it cannot have moved meanwhile.
  if (version === undefined) throw new Error(`case ${registration.caseId} is not provisional`);
  // Each provisional registration has a record of its own, so no other case points to it.
  await tx.citizen.delete({ where: { id: registration.provisionalCitizenId } });
  return { version };
}
