import { type DbHandle, prismaOf } from "../client/transaction";

/** The stored names of these citizens, in no particular order (one query). */
export async function citizenNames(db: DbHandle, citizenIds: readonly string[]): Promise<string[]> {
  if (citizenIds.length === 0) return [];
  const rows = await prismaOf(db).citizen.findMany({
    where: { id: { in: [...new Set(citizenIds)] } },
    select: { name: true },
  });
  return rows.map((row) => row.name);
}
