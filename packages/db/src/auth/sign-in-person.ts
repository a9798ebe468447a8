import type { StaffRole } from "@samstemt/domain";
import { type DbHandle, prismaOf } from "../client/transaction";

/** What a sign-in needs to know about a person before it starts a session. */
export interface SignInPerson {
  personId: string;
  name: string;
  role: StaffRole;
  /** A made-up demo person: only these may use the demo sign-in. */
  demo: boolean;
}

const signInFields = { id: true, name: true, role: true, demo: true } as const;

/** The person with this demo sign-in name, or null. */
export async function findPersonByUsername(
  db: DbHandle,
  username: string,
): Promise<SignInPerson | null> {
  const row = await prismaOf(db).person.findUnique({
    // A deactivated person cannot sign in (issue 10: people are deactivated, never deleted).
    where: { username, deactivatedAt: null },
    select: signInFields,
  });
  return row && { personId: row.id, name: row.name, role: row.role, demo: row.demo };
}

/** The person an OpenID Connect subject belongs to, or null. */
export async function findPersonBySubject(
  db: DbHandle,
  subject: string,
): Promise<SignInPerson | null> {
  const row = await prismaOf(db).person.findUnique({
    where: { subject, deactivatedAt: null },
    select: signInFields,
  });
  return row && { personId: row.id, name: row.name, role: row.role, demo: row.demo };
}

/** A person with where they work: what an OpenID Connect sign-in checks the claims against. */
export interface PersonWithPlace extends SignInPerson {
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
}

/** The person stored under this OpenID Connect subject, with unit and organisation, or null. */
export async function findPersonWithPlaceBySubject(
  db: DbHandle,
  subject: string,
): Promise<PersonWithPlace | null> {
  const row = await prismaOf(db).person.findUnique({
    where: { subject, deactivatedAt: null },
    select: {
      ...signInFields,
      unit: {
        select: { id: true, name: true, organisation: { select: { id: true, name: true } } },
      },
    },
  });
  return (
    row && {
      personId: row.id,
      name: row.name,
      role: row.role,
      demo: row.demo,
      unitId: row.unit.id,
      unitName: row.unit.name,
      organisationId: row.unit.organisation.id,
      organisationName: row.unit.organisation.name,
    }
  );
}
