import type { StaffRole } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

/** A demo person as the demo sign-in page lists them. */
export interface DemoPersonListing {
  username: string;
  name: string;
  title: string;
  role: StaffRole;
  unitName: string;
  organisationName: string;
}

/** Every made-up demo person, by organisation and then name. */
export async function listDemoPeople(db: DbHandle): Promise<DemoPersonListing[]> {
  const people = await prismaOf(db).person.findMany({
    where: { demo: true, deactivatedAt: null },
    orderBy: [{ unit: { organisation: { name: "asc" } } }, { name: "asc" }],
    select: {
      username: true,
      name: true,
      title: true,
      role: true,
      unit: { select: { name: true, organisation: { select: { name: true } } } },
    },
  });
  return people.map((person) => ({
    username: person.username,
    name: person.name,
    title: person.title,
    role: person.role,
    unitName: person.unit.name,
    organisationName: person.unit.organisation.name,
  }));
}
