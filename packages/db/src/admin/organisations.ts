import type { Sector } from "@samstemt/domain";
import type { Database } from "../client/database";
import { type DbHandle, prismaOf, type Transaction, withTransaction } from "../client/transaction";
import { type AdminChangeBy, auditAdminChange } from "./admin-audit";
import { AdminError, isUniqueViolation } from "./admin-error";

/** An organisation as the administration lists it. */
export interface AdminOrganisation {
  organisationId: string;
  name: string;
  sector: Sector;
  unitCount: number;
  /** People in its units who may sign in (deactivated people are not counted). */
  activePeopleCount: number;
}

/** Every organisation, by name, with how many units and active people it has. */
export async function listAdminOrganisations(db: DbHandle): Promise<AdminOrganisation[]> {
  const prisma = prismaOf(db);
  const [organisations, people] = await Promise.all([
    prisma.organisation.findMany({
      orderBy: { name: "asc" },
      select: { id: true, name: true, sector: true, _count: { select: { units: true } } },
    }),
    prisma.$queryRaw<Array<{ organisation_id: string; people: number }>>`
      SELECT u."organisation_id", count(*)::int AS people
      FROM "person" p JOIN "unit" u ON u."id" = p."unit_id"
      WHERE p."deactivated_at" IS NULL
      GROUP BY u."organisation_id"`,
  ]);
  const peopleBy = new Map(people.map((row) => [row.organisation_id, row.people]));
  return organisations.map((row) => ({
    organisationId: row.id,
    name: row.name,
    sector: row.sector,
    unitCount: row._count.units,
    activePeopleCount: peopleBy.get(row.id) ?? 0,
  }));
}

async function adminOrganisation(db: DbHandle, organisationId: string) {
  const found = (await listAdminOrganisations(db)).find(
    (row) => row.organisationId === organisationId,
  );
  if (!found) throw new AdminError("organisation_not_found", "organisationId");
  return found;
}

/** Refuses a name another organisation has, whatever its letter case. */
async function assertOrganisationNameFree(tx: Transaction, name: string, exceptId?: string) {
  const taken = await prismaOf(tx).organisation.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptId && { id: { not: exceptId } }),
    },
    select: { id: true },
  });
  if (taken) throw new AdminError("organisation_name_taken", "name");
}

/** A race between two administrators can still meet the unique index: the same answer. */
async function organisationNameConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AdminError("organisation_name_taken", "name");
    throw error;
  }
}

export interface OrganisationInput {
  name: string;
  sector: Sector;
}

/** Adds an organisation; audited in the same transaction. */
export function createOrganisation(
  db: Database,
  input: OrganisationInput,
  by: AdminChangeBy,
): Promise<AdminOrganisation> {
  return organisationNameConflict(() =>
    withTransaction(db, async (tx) => {
      await assertOrganisationNameFree(tx, input.name);
      const created = await prismaOf(tx).organisation.create({
        data: { name: input.name, sector: input.sector, createdAt: by.at },
      });
      await auditAdminChange(tx, by, "admin.organisation.create", {
        organisationId: created.id,
        name: created.name,
        sector: created.sector,
      });
      return adminOrganisation(tx, created.id);
    }),
  );
}

/** Renames an organisation or changes its sector; audited with what it was before. */
export function updateOrganisation(
  db: Database,
  input: OrganisationInput & { organisationId: string; expected?: OrganisationInput },
  by: AdminChangeBy,
): Promise<AdminOrganisation> {
  return organisationNameConflict(() =>
    withTransaction(db, async (tx) => {
      const before = await prismaOf(tx).organisation.findUnique({
        where: { id: input.organisationId },
      });
      if (!before) throw new AdminError("organisation_not_found", "organisationId");
      // Changed by someone else since the form opened: this save would undo it unseen.
      const { expected } = input;
      if (expected && (expected.name !== before.name || expected.sector !== before.sector)) {
        throw new AdminError(
          "changed_meanwhile",
          expected.name !== before.name ? "name" : "sector",
        );
      }
      await assertOrganisationNameFree(tx, input.name, before.id);
      // Only while the row is still what was read (a change between read and write).
      const { count } = await prismaOf(tx).organisation.updateMany({
        where: { id: before.id, name: before.name, sector: before.sector },
        data: { name: input.name, sector: input.sector },
      });
      if (count === 0) throw new AdminError("changed_meanwhile", "name");
      await auditAdminChange(tx, by, "admin.organisation.update", {
        organisationId: before.id,
        before: { name: before.name, sector: before.sector },
        after: { name: input.name, sector: input.sector },
      });
      return adminOrganisation(tx, before.id);
    }),
  );
}
