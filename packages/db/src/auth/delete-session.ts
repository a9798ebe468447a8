import { type DbHandle, prismaOf } from "../client/transaction";

/** Ends the session stored under this token hash; nothing happens when there is none. */
export async function deleteSession(db: DbHandle, tokenHash: string): Promise<void> {
  await prismaOf(db).session.deleteMany({ where: { tokenHash } });
}
