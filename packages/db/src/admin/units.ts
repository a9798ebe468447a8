import type { Sector } from "@samstemt/domain";
import type { Database } from "../client/database";
import { type DbHandle, prismaOf, type Transaction, withTransaction } from "../client/transaction";
import { type AdminChangeBy, auditAdminChange } from "./admin-audit";
import { AdminError, isUniqueViolation } from "./admin-error";

/**
 * A unit as the administration lists it. Its leaders are the active people of the unit with
 * the role leader: a leader leads the unit they belong to (see the README's administration).
 */
export interface AdminUnit {
  unitId: string;
  name: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
  leaders: Array<{ personId: string; name: string }>;
  activePeopleCount: number;
}

/** Units by organisation and name; only one organisation's when `organisationId` is given. */
export async function listAdminUnits(
  db: DbHandle,
  filter: { organisationId?: string; unitId?: string } = {},
): Promise<AdminUnit[]> {
  const rows = await prismaOf(db).unit.findMany({
    where: {
      ...(filter.organisationId && { organisationId: filter.organisationId }),
      ...(filter.unitId && { id: filter.unitId }),
    },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      organisation: { select: { id: true, name: true, sector: true } },
      people: {
        where: { deactivatedAt: null },
        orderBy: { name: "asc" },
        select: { id: true, name: true, role: true },
      },
    },
  });
  return rows.map((row) => ({
    unitId: row.id,
    name: row.name,
    organisationId: row.organisation.id,
    organisationName: row.organisation.name,
    sector: row.organisation.sector,
    leaders: row.people
      .filter((person) => person.role === "leader")
      .map((person) => ({ personId: person.id, name: person.name })),
    activePeopleCount: row.people.length,
  }));
}

async function adminUnit(db: DbHandle, unitId: string): Promise<AdminUnit> {
  const [unit] = await listAdminUnits(db, { unitId });
  if (!unit) throw new AdminError("unit_not_found", "unitId");
  return unit;
}

/** Unit names are unique within their organisation, whatever the letter case. */
async function assertUnitNameFree(
  tx: Transaction,
  organisationId: string,
  name: string,
  exceptId?: string,
) {
  const taken = await prismaOf(tx).unit.findFirst({
    where: {
      organisationId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId && { id: { not: exceptId } }),
    },
    select: { id: true },
  });
  if (taken) throw new AdminError("unit_name_taken", "name");
}

async function unitNameConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AdminError("unit_name_taken", "name");
    throw error;
  }
}

/** Adds a unit to an organisation; audited in the same transaction. */
export function createUnit(
  db: Database,
  input: { organisationId: string; name: string },
  by: AdminChangeBy,
): Promise<AdminUnit> {
  return unitNameConflict(() =>
    withTransaction(db, async (tx) => {
      const organisation = await prismaOf(tx).organisation.findUnique({
        where: { id: input.organisationId },
        select: { id: true, name: true },
      });
      if (!organisation) throw new AdminError("organisation_not_found", "organisationId");
      await assertUnitNameFree(tx, organisation.id, input.name);
      const created = await prismaOf(tx).unit.create({
        data: { organisationId: organisation.id, name: input.name, createdAt: by.at },
      });
      await auditAdminChange(tx, by, "admin.unit.create", {
        unitId: created.id,
        organisationId: organisation.id,
        name: created.name,
      });
      return adminUnit(tx, created.id);
    }),
  );
}

/**
 * Renames a unit. A unit stays in its organisation: cases and people's history refer to it
 * as part of that organisation.
 */
export function updateUnit(
  db: Database,
  input: { unitId: string; name: string; expected?: { name: string } },
  by: AdminChangeBy,
): Promise<AdminUnit> {
  return unitNameConflict(() =>
    withTransaction(db, async (tx) => {
      const before = await prismaOf(tx).unit.findUnique({ where: { id: input.unitId } });
      if (!before) throw new AdminError("unit_not_found", "unitId");
      // Renamed by someone else since the form opened: this save would undo it unseen.
      if (input.expected && input.expected.name !== before.name) {
        throw new AdminError("changed_meanwhile", "name");
      }
      await assertUnitNameFree(tx, before.organisationId, input.name, before.id);
      // Only while the row is still what was read (a rename between read and write).
      const { count } = await prismaOf(tx).unit.updateMany({
        where: { id: before.id, name: before.name },
        data: { name: input.name },
      });
      if (count === 0) throw new AdminError("changed_meanwhile", "name");
      await auditAdminChange(tx, by, "admin.unit.update", {
        unitId: before.id,
        organisationId: before.organisationId,
        before: { name: before.name },
        after: { name: input.name },
      });
      return adminUnit(tx, before.id);
    }),
  );
}
