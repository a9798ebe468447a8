import type { Sector, StaffRole } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

export interface DirectoryStaffMember {
  personId: string;
  name: string;
  title: string;
  role: StaffRole;
  email: string;
  phone: string | null;
  unitName: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
}

/**
 * The staff and leaders of these organisations (analysts excluded: they have no contact
 * with citizens), by organisation and name: whom leaders may put on a team (R6, R7).
 */
export async function peopleInOrganisations(
  db: DbHandle,
  organisationIds: readonly string[],
): Promise<DirectoryStaffMember[]> {
  if (organisationIds.length === 0) return [];
  const rows = await prismaOf(db).person.findMany({
    where: {
      role: { in: ["staff", "leader"] },
      // Deactivated people (issue 10) are no longer anyone's candidate.
      deactivatedAt: null,
      unit: { organisationId: { in: [...new Set(organisationIds)] } },
    },
    orderBy: [{ unit: { organisation: { name: "asc" } } }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      title: true,
      role: true,
      email: true,
      phone: true,
      unit: {
        select: {
          name: true,
          organisation: { select: { id: true, name: true, sector: true } },
        },
      },
    },
  });
  return rows.map((row) => ({
    personId: row.id,
    name: row.name,
    title: row.title,
    role: row.role,
    email: row.email,
    phone: row.phone,
    unitName: row.unit.name,
    organisationId: row.unit.organisation.id,
    organisationName: row.unit.organisation.name,
    sector: row.unit.organisation.sector,
  }));
}
