// Helpers for integration tests in every package: real databases, each test file its own.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { z } from "zod";
import { createDatabase } from "./client/create-database";
import type { Database, DatabaseKind } from "./client/database";
import type { PrismaClient, Sector, StaffRole } from "./generated/prisma/client";
import { runMigrations } from "./migrations/run-migrations";

const testEnv = z
  .object({
    TEST_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    CI: z.string().optional(),
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
}

/** A fresh, migrated, empty database: in-memory PGlite or a new PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await createDatabase({ dataDir: "memory://" });
    await runMigrations(database.sql);
    return { ...database, destroy: () => database.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const database = await createDatabase({ databaseUrl: empty.url, maxConnections: 4 });
  await runMigrations(database.sql);
  return {
    ...database,
    async destroy() {
      await database.close();
      await empty.drop();
    },
  };
}

/** A connection string to a fresh empty PostgreSQL database, for tests that start a server. */
export async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const adminUrl = testEnv.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `samstemt_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
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
  unitId: string;
  organisationId: string;
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
  prisma: PrismaClient,
  tag: string = randomUUID().slice(0, 8),
): Promise<TestOrganisations> {
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
      });
      return { id: created.id, username, unitId: unit.id, organisationId: organisation.id, role };
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
