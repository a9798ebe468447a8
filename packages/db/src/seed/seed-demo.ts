import { saveCase } from "../cases/case-store";
import type { Database } from "../client/database";
import { type PrismaHandle, prismaOf, withTransaction } from "../client/transaction";
import {
  buildDemoCase,
  type DemoActor,
  type DemoDirectory,
  demoDirectoryOf,
} from "./demo-case-builder";
import { demoCases } from "./demo-cases";
import { DEMO_ADMINISTRATOR, demoEmail, demoOrganisations } from "./demo-organisations";
import { fictionalCpr } from "./fictional-cpr";
import { demoQuarterHistory, seedQuarterHistory } from "./quarter-history";

const DEMO_SEED = "demo";

export interface SeedResult {
  seeded: boolean;
}

/**
 * Seeds the demo organisations, people, citizens and cases — once per database. The marker
 * row is written first in the same transaction, so a second start (or a second server
 * racing the first on PostgreSQL) finds it and seeds nothing.
 */
export async function seedDemoData(database: Database, now = new Date()): Promise<SeedResult> {
  if (await database.prisma.seedRun.findUnique({ where: { name: DEMO_SEED } })) {
    await seedDemoHistory(database, now);
    return { seeded: false };
  }
  try {
    await withTransaction(
      database,
      async (transaction) => {
        const tx = prismaOf(transaction);
        await tx.seedRun.create({ data: { name: DEMO_SEED, runAt: now } });
        const people = await seedOrganisations(tx);
        await tx.administrator.create({
          data: { personId: people.person(DEMO_ADMINISTRATOR).personId, grantedAt: now },
        });
        let index = 0;
        for (const demo of demoCases) {
          const cpr = fictionalCpr(index++);
          // Initiatives still to decide wait for their leader's check against the CPR
          // register (R5); the rest were checked when they were endorsed.
          const checked = demo.status !== "initiated";
          const citizen = await tx.citizen.create({
            data: {
              name: demo.citizen,
              cpr,
              ...(checked && { confirmedCpr: cpr, registerCheckedAt: now }),
            },
          });
          const { state, events } = buildDemoCase(demo, citizen.id, people, now);
          await saveCase(tx, { state, events, expectedVersion: null, now });
        }
      },
      { timeoutMs: 60_000 },
    );
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { seeded: false };
    throw error;
  }
  await seedDemoHistory(database, now);
  return { seeded: true };
}

/**
 * Two years of closed cases behind the leader dashboard's trend (R12), once — also into a
 * demo database seeded before the history existed. Another server racing this one loses
 * on the marker row and leaves it to the winner.
 */
async function seedDemoHistory(database: Database, now: Date): Promise<void> {
  try {
    await seedQuarterHistory(database, now, demoQuarterHistory);
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

async function seedOrganisations(tx: PrismaHandle): Promise<DemoDirectory> {
  const byUsername = new Map<string, DemoActor>();
  for (const organisation of demoOrganisations) {
    const { id: organisationId } = await tx.organisation.create({
      data: { name: organisation.name, sector: organisation.sector },
    });
    for (const unit of organisation.units) {
      const { id: unitId } = await tx.unit.create({ data: { organisationId, name: unit.name } });
      for (const person of unit.people) {
        const email = demoEmail(person.username);
        const created = await tx.person.create({ data: { ...person, unitId, email, demo: true } });
        byUsername.set(person.username, {
          personId: created.id,
          name: person.name,
          organisationId,
          unitId,
          sector: organisation.sector,
          role: person.role,
          email,
          phone: person.phone,
        });
      }
    }
  }
  return demoDirectoryOf(byUsername);
}
