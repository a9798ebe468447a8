// Helpers for integration tests in every package: real databases, each test file its own.
import { randomUUID } from "node:crypto";
import {
  type Actor,
  activateCase,
  type CaseCommandResult,
  type CaseEvent,
  type CaseState,
  endorseInitiative,
  joinCase,
  mayJoinCase,
  recordMeetingHeld,
  registerInitiative,
} from "@samstemt/domain";
import pg from "pg";
import { z } from "zod";
import { saveCase } from "./cases/case-store";
import { createDatabase } from "./client/create-database";
import type { Database, DatabaseKind } from "./client/database";
import type { PrismaClient, Sector, StaffRole } from "./generated/prisma/client";
import { grantApplicationRole } from "./migrations/grant-application-role";
import { runMigrations } from "./migrations/run-migrations";

/**
 * Test helpers take the database (what code outside packages/db holds) or, inside
 * packages/db's own tests, its Prisma client.
 */
export type TestDataSource = Database | PrismaClient;
const clientOf = (db: TestDataSource): PrismaClient => ("sql" in db ? db.prisma : db);

import { fictionalCpr } from "./seed/fictional-cpr";
import { inviteByEndorser } from "./seed/invite-by-endorser";

const testEnv = z
  .object({
    TEST_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    CI: z.string().optional(),
    /**
     * With both set (as `.ci/run` does), each PostgreSQL test database is owned and migrated
     * by the owner role, and tests connect as the application role — as in production.
     */
    TEST_DATABASE_OWNER_ROLE: z.string().optional(),
    TEST_DATABASE_APP_ROLE: z.string().optional(),
  })
  .parse(process.env);

/**
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. On CI a missing PostgreSQL
 * is a failure, never a silent skip.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  if (testEnv.TEST_DATABASE_URL) return ["pglite", "postgresql"];
  if (testEnv.CI === "true") {
    throw new Error("CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests cannot be skipped");
  }
  return ["pglite"];
}

export interface TestDatabase extends Database {
  /** Closes and, for PostgreSQL, drops the throw-away database. */
  destroy(): Promise<void>;
  /**
   * The schema owner's connection, for what only the owner may do (audit retention); the
   * same database as this one unless the tests run with an application role.
   */
  owner: Database;
}

/** A fresh, migrated, empty database: in-memory PGlite or a new PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await createDatabase({ dataDir: "memory://" });
    await runMigrations(database.sql);
    return { ...database, owner: database, destroy: () => database.close() };
  }
  const ownerRole = testEnv.TEST_DATABASE_OWNER_ROLE;
  const appRole = testEnv.TEST_DATABASE_APP_ROLE;
  if (ownerRole && appRole) return createTwoRoleDatabase(ownerRole, appRole);
  const empty = await createEmptyPostgresDatabase();
  const database = await createDatabase({ databaseUrl: empty.url, maxConnections: 4 });
  await runMigrations(database.sql);
  return {
    ...database,
    owner: database,
    async destroy() {
      await database.close();
      await empty.drop();
    },
  };
}

/** A database the owner role owns and migrates; the tests get the application role's connection. */
async function createTwoRoleDatabase(ownerRole: string, appRole: string): Promise<TestDatabase> {
  const empty = await createEmptyPostgresDatabase({ owner: ownerRole });
  const as = (role: string) => {
    const url = new URL(empty.url);
    url.username = role;
    url.password = "";
    return url.toString();
  };
  const owner = await createDatabase({ databaseUrl: as(ownerRole), maxConnections: 2 });
  await runMigrations(owner.sql);
  await grantApplicationRole(owner.sql, appRole);
  const database = await createDatabase({ databaseUrl: as(appRole), maxConnections: 4 });
  const [connected] = await database.sql.query<{ role: string }>("SELECT current_user AS role");
  if (connected?.role !== appRole)
    throw new Error(`connected as ${connected?.role}, not ${appRole}`);
  return {
    ...database,
    owner,
    async destroy() {
      await database.close();
      await owner.close();
      await empty.drop();
    },
  };
}

/** A connection string to a fresh empty PostgreSQL database, for tests that start a server. */
export async function createEmptyPostgresDatabase(options: { owner?: string } = {}): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const adminUrl = testEnv.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `samstemt_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const owner = options.owner ? ` OWNER "${options.owner.replaceAll('"', "")}"` : "";
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"${owner}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await withAdmin(adminUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestPerson {
  id: string;
  username: string;
  name: string;
  unitId: string;
  organisationId: string;
  sector: Sector;
  role: StaffRole;
}

export interface TestOrganisations {
  regionLeader: TestPerson;
  regionStaff: TestPerson;
  municipalityLeader: TestPerson;
  municipalityStaff: TestPerson;
  analyst: TestPerson;
}

/**
 * Two organisations in two sectors, each with a leader and a staff member, named with `tag`
 * so tests sharing a database never see each other's rows.
 */
export async function seedTestOrganisations(
  db: TestDataSource,
  tag: string = randomUUID().slice(0, 8),
): Promise<TestOrganisations> {
  const prisma = clientOf(db);
  const make = async (sector: Sector, label: string) => {
    const organisation = await prisma.organisation.create({
      data: { name: `${label} ${tag}`, sector },
    });
    const unit = await prisma.unit.create({
      data: { organisationId: organisation.id, name: `${label} enhed ${tag}` },
    });
    const person = async (role: StaffRole, who: string): Promise<TestPerson> => {
      const username = `${who}-${tag}`;
      const created = await prisma.person.create({
        data: {
          unitId: unit.id,
          username,
          name: `${who} ${tag}`,
          title: role,
          role,
          email: `${username}@test.invalid`,
        },
        // Only columns the first release had: the upgrade test seeds a database at it.
        select: { id: true, name: true },
      });
      return {
        id: created.id,
        username,
        name: created.name,
        unitId: unit.id,
        organisationId: organisation.id,
        sector,
        role,
      };
    };
    return { person };
  };
  const region = await make("region", "Region");
  const municipality = await make("municipality", "Kommune");
  return {
    regionLeader: await region.person("leader", "regionleder"),
    regionStaff: await region.person("staff", "regionmedarbejder"),
    municipalityLeader: await municipality.person("leader", "kommuneleder"),
    municipalityStaff: await municipality.person("staff", "kommunemedarbejder"),
    analyst: await region.person("analyst", "analytiker"),
  };
}

/** The domain's view of a test person. */
export function actorOf(person: TestPerson): Actor {
  return {
    personId: person.id,
    name: person.name,
    organisationId: person.organisationId,
    unitId: person.unitId,
    sector: person.sector,
    role: person.role,
  };
}

export interface TestCaseInput {
  initiator: TestPerson;
  initiativeAt: Date;
  /** The initiator's leader endorses a day later (R5). */
  endorsedBy?: TestPerson;
  /** Leaders of each member's organisation join and the first activates (R6, R7). */
  activation?: { leaders: TestPerson[]; members: TestPerson[]; coordinator: TestPerson };
  collaborationHeldAt?: Date;
}

/**
 * A case made the way the product makes one — through the domain's commands — and saved
 * with its projections and events. Returns the ids and the final state.
 */
export async function createTestCase(db: TestDataSource, input: TestCaseInput) {
  const prisma = clientOf(db);
  const cpr = uniqueFictionalCpr();
  // A citizen whose CPR number has been checked against the CPR register (R5).
  const citizen = await prisma.citizen.create({
    data: {
      name: `Testborger ${randomUUID().slice(0, 6)}`,
      cpr,
      confirmedCpr: cpr,
      registerCheckedAt: input.initiativeAt,
    },
  });
  const later = (days: number) => new Date(input.initiativeAt.getTime() + days * 86_400_000);
  const events: CaseEvent[] = [];
  const take = (result: CaseCommandResult): CaseState => {
    if (!result.ok) throw new Error(`test case: ${result.error.code}`);
    events.push(...result.events);
    return result.state;
  };
  let state = take(
    registerInitiative(
      {
        caseId: randomUUID(),
        citizen: { citizenId: citizen.id, name: citizen.name },
        initiativeAt: input.initiativeAt,
        reasons: { categories: ["self_harm"], text: null },
        citizenStance: "accepts_help",
        citizenStanceNote: null,
      },
      { actor: actorOf(input.initiator), now: input.initiativeAt },
    ),
  );
  if (input.endorsedBy) {
    state = take(
      endorseInitiative(state, { note: null }, { actor: actorOf(input.endorsedBy), now: later(1) }),
    );
  }
  if (input.activation) {
    const { leaders, members, coordinator } = input.activation;
    for (const leader of leaders) {
      // R6: the endorsing leader invites every organisation but the initiator's own.
      if (!mayJoinCase(state, leader.organisationId)) {
        state = take(inviteByEndorser(state, leader.organisationId, later(2)));
      }
      state = take(
        joinCase(state, { organisationName: null }, { actor: actorOf(leader), now: later(2) }),
      );
    }
    state = take(
      activateCase(
        state,
        {
          members: members.map((member) => ({
            personId: member.id,
            name: member.name,
            organisationId: member.organisationId,
            role: "Kontaktperson",
            tasks: null,
            contact: { phone: null, email: `${member.username}@test.invalid`, other: null },
          })),
          coordinatorPersonId: coordinator.id,
        },
        { actor: actorOf(leaders[0] as TestPerson), now: later(2) },
      ),
    );
    if (input.collaborationHeldAt) {
      state = take(
        recordMeetingHeld(
          state,
          {
            meetingId: randomUUID(),
            kind: "collaboration",
            heldAt: input.collaborationHeldAt,
            citizenPresent: true,
          },
          { actor: actorOf(coordinator), now: input.collaborationHeldAt },
        ),
      );
    }
  }
  const now = input.collaborationHeldAt ?? later(input.activation ? 2 : input.endorsedBy ? 1 : 0);
  await prisma.$transaction((tx) => saveCase(tx, { state, events, expectedVersion: null, now }));
  return { caseId: state.caseId, citizenId: citizen.id, state };
}

// Each generator of test citizens draws from its own range of fictional CPR numbers (the demo
// seed's are below 100,000), so two of them in one database never hit the unique CPR.
let cprSerial = 1_000_000 + Math.floor(Math.random() * 1_000_000);
function uniqueFictionalCpr(): string {
  return fictionalCpr(cprSerial++);
}
