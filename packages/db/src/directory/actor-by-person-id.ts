import type { SessionPerson } from "../auth/session-person";
import { type DbHandle, prismaOf } from "../client/transaction";

/** Someone acting in Samstemt, as a session carries them: role, unit, organisation, sector. */
export type ActingPerson = Omit<SessionPerson, "expiresAt">;

/**
 * The person as the domain sees someone acting: role, unit, organisation and sector.
 * Null when Samstemt does not know the id. Server-side callers (tests, the worker) act
 * through it as the sign-in would.
 */
export async function actorByPersonId(
  db: DbHandle,
  personId: string,
): Promise<ActingPerson | null> {
  const row = await prismaOf(db).person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      role: true,
      unit: {
        select: {
          id: true,
          name: true,
          organisation: { select: { id: true, name: true, sector: true } },
        },
      },
    },
  });
  return (
    row && {
      personId: row.id,
      name: row.name,
      role: row.role,
      unitId: row.unit.id,
      unitName: row.unit.name,
      organisationId: row.unit.organisation.id,
      organisationName: row.unit.organisation.name,
      sector: row.unit.organisation.sector,
    }
  );
}
