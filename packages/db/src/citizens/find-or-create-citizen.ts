import { randomUUID } from "node:crypto";
import { type DbHandle, prismaOf, type Transaction } from "../client/transaction";

export interface StoredCitizen {
  citizenId: string;
  cpr: string;
  name: string;
  /** True when this call recorded the citizen; false when the CPR number was known. */
  created: boolean;
}

/**
 * The citizen with this CPR number, recorded under `name` the first time. ON CONFLICT DO
 * NOTHING: two people registering the same new citizen at once both succeed (an upsert would
 * fail one of them on PostgreSQL's unique index). Runs in the caller's transaction.
 */
export async function findOrCreateCitizen(
  transaction: Transaction,
  citizen: { cpr: string; name: string },
): Promise<StoredCitizen> {
  const tx = prismaOf(transaction);
  const inserted = await tx.$queryRaw<
    Array<{ id: string }>
  >`INSERT INTO "citizen" ("id", "cpr", "name")
    VALUES (${randomUUID()}, ${citizen.cpr}, ${citizen.name})
    ON CONFLICT ("cpr") DO NOTHING
    RETURNING "id"`;
  const row = await tx.citizen.findUniqueOrThrow({ where: { cpr: citizen.cpr } });
  return { citizenId: row.id, cpr: row.cpr, name: row.name, created: inserted.length > 0 };
}

/**
 * Marks a provisional record: the CPR number as typed, "~", and a random tag. Such a value is
 * never a CPR number (11+ characters), so a search for a CPR number never finds it.
 */
const PROVISIONAL = "~";

/**
 * A citizen recorded provisionally, under the name as typed, because the CPR number is known
 * in Samstemt under another name (issue 10). The registration goes on exactly as for a new
 * citizen, so the person registering learns nothing about who is known; the initiator's
 * leader sees the mismatch (`listProvisionalCitizenCases`) and resolves it.
 */
export async function createProvisionalCitizen(
  transaction: Transaction,
  citizen: { cpr: string; name: string },
): Promise<StoredCitizen> {
  const row = await prismaOf(transaction).citizen.create({
    data: {
      cpr: `${citizen.cpr}${PROVISIONAL}${randomUUID().slice(0, 8)}`,
      name: citizen.name,
    },
  });
  return { citizenId: row.id, cpr: citizen.cpr, name: row.name, created: true };
}

/** A case whose citizen is recorded provisionally, as its initiator's leader sees it. */
export interface ProvisionalCitizenCase {
  caseId: string;
  citizenId: string;
  /** The CPR number and the name as the initiator typed them. */
  cpr: string;
  name: string;
  initiativeAt: Date;
  initiatorName: string;
  status: string;
}

/**
 * The cases initiated in the leader's unit (R5: the leader who endorses) whose citizen's CPR
 * number was known under another name. The name Samstemt knows is not shown: the leader
 * checks the CPR number and the name with the initiator and the CPR register.
 */
export async function listProvisionalCitizenCases(
  db: DbHandle,
  leader: { unitId: string },
): Promise<ProvisionalCitizenCase[]> {
  const rows = await prismaOf(db).case.findMany({
    where: { initiatorUnitId: leader.unitId, citizen: { cpr: { contains: PROVISIONAL } } },
    orderBy: { initiativeAt: "desc" },
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
    cpr: row.citizen.cpr.slice(0, row.citizen.cpr.indexOf(PROVISIONAL)),
    name: row.citizen.name,
    initiativeAt: row.initiativeAt,
    initiatorName: row.initiator.name,
    status: row.status,
  }));
}
