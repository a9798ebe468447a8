import type { Database } from "../client/database";
import { type DbHandle, prismaOf, withTransaction } from "../client/transaction";
import { type AdminChangeBy, auditAdminChange } from "./admin-audit";
import { AdminError } from "./admin-error";
import { type AdminPerson, adminPerson } from "./people";

/** Whether this person may use the administration: listed in `administrator` and active. */
export async function isActiveAdministrator(db: DbHandle, personId: string): Promise<boolean> {
  const prisma = prismaOf(db);
  const [right, person] = await Promise.all([
    prisma.administrator.findUnique({ where: { personId }, select: { personId: true } }),
    prisma.person.findUnique({ where: { id: personId }, select: { deactivatedAt: true } }),
  ]);
  return right !== null && person !== null && person.deactivatedAt === null;
}

/** Makes an active person an administrator; audited. Granting twice changes nothing. */
export function grantAdministrator(
  db: Database,
  input: { personId: string },
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return withTransaction(db, async (tx) => {
    const prisma = prismaOf(tx);
    const person = await adminPerson(tx, input.personId);
    if (person.deactivatedAt !== null) throw new AdminError("person_deactivated", "personId");
    if (!person.administrator) {
      await prisma.administrator.create({ data: { personId: input.personId, grantedAt: by.at } });
      await auditAdminChange(tx, by, "admin.administrator.grant", { personId: input.personId });
    }
    return adminPerson(tx, input.personId);
  });
}

/**
 * Takes administrator rights away; audited. Nobody takes away their own, so the one who
 * asks is always left: Samstemt never ends up without an administrator.
 */
export function revokeAdministrator(
  db: Database,
  input: { personId: string },
  by: AdminChangeBy,
): Promise<AdminPerson> {
  return withTransaction(db, async (tx) => {
    if (input.personId === by.personId) throw new AdminError("own_account", "personId");
    const person = await adminPerson(tx, input.personId);
    if (person.administrator) {
      await prismaOf(tx).administrator.delete({ where: { personId: input.personId } });
      await auditAdminChange(tx, by, "admin.administrator.revoke", { personId: input.personId });
    }
    return adminPerson(tx, input.personId);
  });
}
