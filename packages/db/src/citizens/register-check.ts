import { randomUUID } from "node:crypto";
import type { CaseStatus } from "@samstemt/domain";
import { type DbHandle, prismaOf, type Transaction } from "../client/transaction";

/** A registration whose CPR number its leader has not yet checked, as that leader sees it. */
export interface UncheckedRegistration {
  caseId: string;
  citizenId: string;
  /** The CPR number and the name as the initiator typed them. */
  cpr: string;
  name: string;
  initiativeAt: Date;
  initiatorName: string;
  status: CaseStatus;
}

/** Cases that still wait for anything: a declined or closed initiative needs no check. */
const WAITING: CaseStatus[] = ["initiated", "excluded", "endorsed", "active"];

/**
 * Every registration initiated in the leader's unit (R5: the leader who endorses) whose CPR
 * number has not been checked against the CPR register — all of them, whatever Samstemt
 * knows about the number, so the list says nothing about who is known. Oldest first, the
 * order they came in.
 */
export async function listUncheckedRegistrations(
  db: DbHandle,
  leader: { unitId: string },
): Promise<UncheckedRegistration[]> {
  const rows = await prismaOf(db).case.findMany({
    where: {
      initiatorUnitId: leader.unitId,
      status: { in: WAITING },
      citizen: { registerCheckedAt: null },
    },
    orderBy: [{ initiativeAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      initiativeAt: true,
      citizen: { select: { id: true, cpr: true, name: true } },
      initiator: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    caseId: row.id,
    citizenId: row.citizen.id,
    cpr: row.citizen.cpr,
    name: row.citizen.name,
    initiativeAt: row.initiativeAt,
    initiatorName: row.initiator.name,
    status: row.status,
  }));
}

/** One unchecked registration, locked, with the number's confirmed record (never shown). */
export interface LockedRegistration {
  caseId: string;
  /** The registration's own record. */
  citizenId: string;
  cpr: string;
  /** Samstemt's confirmed record for the number, if any. */
  known: { citizenId: string; name: string } | null;
}

/**
 * The unchecked registration of a case initiated in `unitId`, locked for the rest of the
 * transaction, and the number's confirmed record read under a lock on the CPR number: two
 * leaders checking the same new number at once are taken one after the other, so the second
 * finds the record the first confirmed. Null when the case is not the unit's, or checked.
 */
export async function lockUncheckedRegistration(
  transaction: Transaction,
  where: { caseId: string; unitId: string },
): Promise<LockedRegistration | null> {
  const tx = prismaOf(transaction);
  const rows = await tx.$queryRaw<Array<{ citizen_id: string; cpr: string }>>`
    SELECT ci."id" AS citizen_id, ci."cpr"
    FROM "case" c JOIN "citizen" ci ON ci."id" = c."citizen_id"
    WHERE c."id" = ${where.caseId} AND c."initiator_unit_id" = ${where.unitId}
      AND ci."register_checked_at" IS NULL
    FOR UPDATE OF c`;
  const row = rows[0];
  if (!row) return null;
  await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(hashtext('samstemt.cpr'), hashtext(${row.cpr}))`;
  const known = await tx.citizen.findUnique({
    where: { confirmedCpr: row.cpr },
    select: { id: true, name: true },
  });
  return {
    caseId: where.caseId,
    citizenId: row.citizen_id,
    cpr: row.cpr,
    known: known && { citizenId: known.id, name: known.name },
  };
}

/**
 * Carries out the domain's `registerCheckOutcome` for a locked registration. Whatever the
 * outcome, the case ends up on a record named as the CPR register names the citizen, under an
 * id the checking leader has not seen, one version up, by the same three statements:
 * - confirm: a new record becomes the number's confirmed record;
 * - join: the number's confirmed record takes the register's spelling of the name (the
 *   domain found it the same name) and the case moves to it;
 * - keepApart: a new record of the case's own, checked but not the confirmed one.
 * The registration's own record goes: its id was the one shown before the check.
 */
export async function settleRegisterCheck(
  transaction: Transaction,
  check: {
    registration: LockedRegistration;
    outcome: "confirm" | "join" | "keepApart";
    registerName: string;
    at: Date;
  },
): Promise<{ citizenId: string; name: string; version: number }> {
  const tx = prismaOf(transaction);
  const { registration, outcome, registerName, at } = check;
  const joined = outcome === "join" ? registration.known : null;
  if (outcome === "join" && !joined) throw new Error("join without a confirmed record");
  const citizenId = joined?.citizenId ?? randomUUID();
  await tx.$executeRaw`
    INSERT INTO "citizen" ("id", "cpr", "name", "confirmed_cpr", "register_checked_at")
    VALUES (${citizenId}, ${registration.cpr}, ${registerName},
      ${outcome === "confirm" ? registration.cpr : null}, ${at})
    ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name"`;
  const state = JSON.stringify({ citizenId, name: registerName });
  const updated = await tx.$queryRaw<Array<{ version: number }>>`
    UPDATE "case"
    SET "citizen_id" = ${citizenId},
        "version" = "version" + 1,
        "state" = jsonb_set(
          jsonb_set("state", '{citizen}', ${state}::jsonb),
          '{version}', to_jsonb("version" + 1)),
        "updated_at" = now()
    WHERE "id" = ${registration.caseId} AND "citizen_id" = ${registration.citizenId}
    RETURNING "version"`;
  const version = updated[0]?.version;
  // The row is locked since `lockUncheckedRegistration`: it cannot have moved meanwhile.
  if (version === undefined) throw new Error(`case ${registration.caseId} moved meanwhile`);
  // Each registration has a record of its own, so no other case points to it.
  await tx.$executeRaw`DELETE FROM "citizen" WHERE "id" = ${registration.citizenId}`;
  return { citizenId, name: registerName, version };
}
