import { type DbHandle, prismaOf } from "../client/transaction";

export interface DirectoryPerson {
  personId: string;
  name: string;
  organisationId: string;
}

/** Who these people are, as Samstemt knows them: one query for a whole team. */
export async function peopleById(
  db: DbHandle,
  personIds: readonly string[],
): Promise<Map<string, DirectoryPerson>> {
  if (personIds.length === 0) return new Map();
  const rows = await prismaOf(db).person.findMany({
    where: { id: { in: [...new Set(personIds)] } },
    select: { id: true, name: true, unit: { select: { organisationId: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { personId: row.id, name: row.name, organisationId: row.unit.organisationId },
    ]),
  );
}
