import type { Sector, StaffRole } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

/** Who is behind a session, with their unit and organisation, and when the session ends. */
export interface SessionPerson {
  expiresAt: Date;
  /** The last request with this session (to the minute): the idle timeout counts from it. */
  lastSeenAt: Date;
  method: string;
  personId: string;
  name: string;
  role: StaffRole;
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
}

/** The session stored under this token hash, or null when there is none (expired or not). */
export async function findSessionPerson(
  db: DbHandle,
  tokenHash: string,
): Promise<SessionPerson | null> {
  const session = await prismaOf(db).session.findUnique({
    where: { tokenHash },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      method: true,
      person: {
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
      },
    },
  });
  if (!session) return null;
  const { person } = session;
  return {
    expiresAt: session.expiresAt,
    lastSeenAt: session.lastSeenAt,
    method: session.method,
    personId: person.id,
    name: person.name,
    role: person.role,
    unitId: person.unit.id,
    unitName: person.unit.name,
    organisationId: person.unit.organisation.id,
    organisationName: person.unit.organisation.name,
    sector: person.unit.organisation.sector,
  };
}
