import { deadlineStatus, firstMeetingDeadline } from "@samstemt/domain";
import type { PrismaClient } from "../generated/prisma/client";
import { type DemoCase, demoCases } from "./demo-cases";
import { demoEmail, demoOrganisations } from "./demo-organisations";
import { fictionalCpr } from "./fictional-cpr";

const DAY = 24 * 60 * 60 * 1000;
const DEMO_SEED = "demo";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SeedResult {
  seeded: boolean;
}

/**
 * Seeds the demo organisations, people, citizens and cases — once per database. The marker
 * row is written first in the same transaction, so a second start (or a second server
 * racing the first on PostgreSQL) finds it and seeds nothing.
 */
export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<SeedResult> {
  if (await prisma.seedRun.findUnique({ where: { name: DEMO_SEED } })) return { seeded: false };
  try {
    await prisma.$transaction(
      async (tx) => {
        await tx.seedRun.create({ data: { name: DEMO_SEED, runAt: now } });
        const people = await seedOrganisations(tx);
        let index = 0;
        for (const demo of demoCases) await seedCase(tx, demo, people, now, index++);
      },
      { timeout: 60_000 },
    );
    return { seeded: true };
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { seeded: false };
    throw error;
  }
}

interface SeededPerson {
  id: string;
  unitId: string;
}

async function seedOrganisations(tx: Tx): Promise<Map<string, SeededPerson>> {
  const people = new Map<string, SeededPerson>();
  for (const organisation of demoOrganisations) {
    const { id: organisationId } = await tx.organisation.create({
      data: { name: organisation.name, sector: organisation.sector },
    });
    for (const unit of organisation.units) {
      const { id: unitId } = await tx.unit.create({ data: { organisationId, name: unit.name } });
      for (const person of unit.people) {
        const created = await tx.person.create({
          data: { ...person, unitId, email: demoEmail(person.username) },
        });
        people.set(person.username, { id: created.id, unitId });
      }
    }
  }
  return people;
}

async function seedCase(
  tx: Tx,
  demo: DemoCase,
  people: Map<string, SeededPerson>,
  now: Date,
  index: number,
): Promise<void> {
  const initiator = mustFind(people, demo.initiator);
  const initiativeAt = new Date(now.getTime() - demo.initiativeDaysAgo * DAY);
  const after = (days: number | undefined) =>
    days === undefined ? null : new Date(initiativeAt.getTime() + days * DAY);
  const firstHeld = demo.meetings
    ?.filter((meeting) => meeting.kind === "collaboration")
    .map((meeting) => after(meeting.heldAfterDays) as Date)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  const citizen = await tx.citizen.create({
    data: { name: demo.citizen, cpr: fictionalCpr(index) },
  });
  const created = await tx.case.create({
    data: {
      citizenId: citizen.id,
      status: demo.status,
      initiatorId: initiator.id,
      initiatorUnitId: initiator.unitId,
      initiativeAt,
      reasons: demo.reasons,
      reasonText: demo.reasonText,
      endorsedAt: after(demo.endorsedAfterDays),
      activatedAt: after(demo.activatedAfterDays),
      closedAt: after(demo.closedAfterDays),
      deadlineAt: firstMeetingDeadline(initiativeAt),
      deadlineState: deadlineStatus({ initiativeAt, firstMeetingHeldAt: firstHeld ?? null }, now)
        .state,
      deadlineCheckedAt: now,
    },
  });
  const joinedAt = after(demo.activatedAfterDays) ?? initiativeAt;
  for (const member of demo.members ?? []) {
    await tx.teamMember.create({
      data: {
        caseId: created.id,
        personId: mustFind(people, member.username).id,
        task: member.task,
        isCoordinator: member.coordinator ?? false,
        notDirectlyInvolved: member.notDirectlyInvolved ?? false,
        joinedAt,
      },
    });
  }
  for (const meeting of demo.meetings ?? []) {
    const heldAt = after(meeting.heldAfterDays) as Date;
    await tx.meeting.create({
      data: {
        caseId: created.id,
        kind: meeting.kind,
        scheduledAt: heldAt,
        heldAt,
        citizenPresent: meeting.citizenPresent,
      },
    });
  }
  if (demo.plannedInDays !== undefined) {
    await tx.meeting.create({
      data: {
        caseId: created.id,
        kind: "collaboration",
        scheduledAt: new Date(now.getTime() + demo.plannedInDays * DAY),
      },
    });
  }
}

function mustFind(people: Map<string, SeededPerson>, username: string): SeededPerson {
  const person = people.get(username);
  if (!person) throw new Error(`Demo data names an unknown person: ${username}`);
  return person;
}
