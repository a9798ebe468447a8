import type { Prisma } from "@samstemt/db";
import type { Actor } from "../context";

/**
 * Which cases a person may see. Staff see the cases they took the initiative for or are on
 * the team of. Leaders also see their own unit's initiatives (they endorse them, R5), cases
 * their organisation takes part in (they agreed to it, R6) and cases their organisation has
 * people on. An organisation that is only invited sees no citizen data (see my-invitations).
 * Analysts see no citizen-level data here; they get pseudonymised figures.
 */
export function visibleCasesWhere(actor: Actor): Prisma.CaseWhereInput {
  if (actor.role === "analyst") return { id: { in: [] } };
  const own: Prisma.CaseWhereInput[] = [
    { initiatorId: actor.personId },
    { members: { some: { personId: actor.personId, leftAt: null } } },
  ];
  if (actor.role === "leader") {
    own.push(
      { initiatorUnitId: actor.unitId },
      { organisations: { some: { organisationId: actor.organisationId } } },
      {
        members: {
          some: { leftAt: null, person: { unit: { organisationId: actor.organisationId } } },
        },
      },
    );
  }
  return { OR: own };
}
