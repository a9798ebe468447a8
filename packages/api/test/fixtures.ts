import type { Database } from "@samstemt/db";
import { fictionalCpr } from "@samstemt/db";
import { seedTestOrganisations, type TestPerson } from "@samstemt/db/testing";
import { firstMeetingDeadline } from "@samstemt/domain";
import { type Actor, createCaller, createContext, createSystemContext } from "../src";

let cprCounter = Math.floor(Math.random() * 100_000);

export async function actorFor(db: Database, person: TestPerson): Promise<Actor> {
  const row = await db.prisma.person.findUniqueOrThrow({
    where: { id: person.id },
    include: { unit: { include: { organisation: true } } },
  });
  return {
    personId: row.id,
    name: row.name,
    role: row.role,
    unitId: row.unitId,
    unitName: row.unit.name,
    organisationId: row.unit.organisationId,
    organisationName: row.unit.organisation.name,
    sector: row.unit.organisation.sector,
  };
}

export async function callerFor(db: Database, person: TestPerson | null, now: Date) {
  const actor = person ? await actorFor(db, person) : null;
  return createCaller(createContext({ db, actor, now: () => now }));
}

export function systemCaller(db: Database, now: Date) {
  return createCaller(createSystemContext({ db, now: () => now }));
}

export async function createCase(
  db: Database,
  input: {
    initiator: TestPerson;
    initiativeAt: Date;
    status?: "initiated" | "endorsed" | "active" | "closed";
    members?: { person: TestPerson; coordinator?: boolean }[];
    collaborationHeldAt?: Date;
  },
) {
  const citizen = await db.prisma.citizen.create({
    data: { name: `Testborger ${cprCounter}`, cpr: fictionalCpr(cprCounter++) },
  });
  const created = await db.prisma.case.create({
    data: {
      citizenId: citizen.id,
      status: input.status ?? "initiated",
      initiatorId: input.initiator.id,
      initiatorUnitId: input.initiator.unitId,
      initiativeAt: input.initiativeAt,
      reasons: ["self_harm"],
      deadlineAt: firstMeetingDeadline(input.initiativeAt),
    },
  });
  for (const member of input.members ?? []) {
    await db.prisma.teamMember.create({
      data: {
        caseId: created.id,
        personId: member.person.id,
        task: "Kontaktperson",
        isCoordinator: member.coordinator ?? false,
      },
    });
  }
  if (input.collaborationHeldAt) {
    await db.prisma.meeting.create({
      data: {
        caseId: created.id,
        kind: "collaboration",
        scheduledAt: input.collaborationHeldAt,
        heldAt: input.collaborationHeldAt,
      },
    });
  }
  return { caseId: created.id, citizenId: citizen.id };
}

export { seedTestOrganisations };
