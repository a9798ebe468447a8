import type { Database } from "@samstemt/db";
import type { TestPerson } from "@samstemt/db/testing";
import { type Actor, createCaller, createContext, createSystemContext } from "../src";

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
  // Tests register citizens under the demo's fictional CPR numbers, never real ones.
  return createCaller(createContext({ db, actor, now: () => now, allowFictionalCpr: true }));
}

export function systemCaller(db: Database, now: Date) {
  return createCaller(createSystemContext({ db, now: () => now }));
}
