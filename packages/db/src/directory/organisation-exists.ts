import { type DbHandle, prismaOf } from "../client/transaction";

/** Whether Samstemt knows an organisation by this id (R6: only known ones are invited). */
export async function organisationExists(db: DbHandle, organisationId: string): Promise<boolean> {
  return (await prismaOf(db).organisation.count({ where: { id: organisationId } })) === 1;
}
