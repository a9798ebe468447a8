import type { Sector } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

export interface DirectoryOrganisation {
  organisationId: string;
  name: string;
  sector: Sector;
}

/** Every organisation Samstemt knows, by name: whom a leader may invite (R6). Staff data only. */
export async function listOrganisations(db: DbHandle): Promise<DirectoryOrganisation[]> {
  const rows = await prismaOf(db).organisation.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, sector: true },
  });
  return rows.map((row) => ({ organisationId: row.id, name: row.name, sector: row.sector }));
}
