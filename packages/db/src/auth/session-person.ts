import type { Sector, StaffRole } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

/** Who is behind a session, with their unit and organisation, and when the session ends. */
export interface SessionPerson {
  expiresAt: Date;
  personId: string;
  name: string;
  role: StaffRole;
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
}

/** A session as the idle timeout needs it: the person, and when and how it was used. */
export interface LiveSession extends SessionPerson {
  /** The last request with this session (to the minute): the idle timeout counts from it. */
  lastSeenAt: Date;
  method: string;
}

/** The session stored under this token hash, or null when there is none (expired or not). */
export async function findSessionPerson(
  db: DbHandle,
  tokenHash: string,
): Promise<SessionPerson | null> {
  const session = await findLiveSession(db, tokenHash);
  if (!session) return null;
  const { lastSeenAt: _lastSeenAt, method: _method, ...person } = session;
  return person;
}

/** The session under this token hash with its last use and sign-in method, or null. */
export async function findLiveSession(
  db: DbHandle,
  tokenHash: string,
): Promise<LiveSession | null> {
  const session = await prismaOf(db).session.findUnique({
    // A deactivated person's sessions are ended; one started in a race with that is refused.
    where: { tokenHash, person: { deactivatedAt: null } },
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
