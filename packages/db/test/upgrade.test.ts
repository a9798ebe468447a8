import { randomUUID } from "node:crypto";
import {
  type CaseCommandResult,
  type CaseState,
  endorseInitiative,
  firstMeetingDeadline,
  registerInitiative,
} from "@samstemt/domain";
import { describe, expect, it } from "vitest";
import { loadCaseState, saveCase } from "../src/cases/case-store";
import { createDatabase } from "../src/client/create-database";
import type { Database } from "../src/client/database";
import { readMigrations } from "../src/migrations/read-migrations";
import { runMigrations } from "../src/migrations/run-migrations";
import { inviteByEndorser } from "../src/seed/invite-by-endorser";
import {
  actorOf,
  createEmptyPostgresDatabase,
  seedTestOrganisations,
  testDatabaseKinds,
} from "../src/testing";

const take = (result: CaseCommandResult): CaseState => {
  if (!result.ok) throw new Error(result.error.code);
  return result.state;
};

async function databaseAtFirstRelease(kind: string): Promise<Database & { drop(): Promise<void> }> {
  const empty = kind === "postgresql" ? await createEmptyPostgresDatabase() : null;
  const database = await createDatabase(
    empty ? { databaseUrl: empty.url, maxConnections: 2 } : { dataDir: "memory://" },
  );
  const [first] = readMigrations();
  if (!first) throw new Error("no migrations");
  await runMigrations(database.sql, [first]);
  return {
    ...database,
    async drop() {
      await database.close();
      await empty?.drop();
    },
  };
}

describe.each(testDatabaseKinds())("upgrading a database from the first release on %s", (kind) => {
  it("R6: keeps a case stored before invitations existed, reads it as having none and saves it again", async () => {
    const db = await databaseAtFirstRelease(kind);
    try {
      const orgs = await seedTestOrganisations(db.prisma);
      const citizen = await db.prisma.citizen.create({
        data: { name: "Gammel Sag", cpr: "0113809876" },
      });
      const initiativeAt = new Date("2026-01-05T09:00:00Z");
      const registered = take(
        registerInitiative(
          {
            caseId: randomUUID(),
            citizen: { citizenId: citizen.id, name: citizen.name },
            initiativeAt,
            reasons: { categories: ["self_harm"], text: null },
            citizenStance: "accepts_help",
          },
          { actor: actorOf(orgs.regionStaff), now: initiativeAt },
        ),
      );
      const endorsed = take(
        endorseInitiative(registered, {}, { actor: actorOf(orgs.regionLeader), now: initiativeAt }),
      );
      // The row exactly as the first release wrote it: a state without `invitations`.
      const { invitations: _, ...earlierState } = JSON.parse(JSON.stringify(endorsed));
      await db.sql.query(
        `INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id",
           "initiative_at", "reasons", "deadline_at", "state", "version", "updated_at")
         VALUES ($1, $2, 'endorsed', $3, $4, $5, ARRAY['self_harm'], $6, $7::jsonb, $8, now())`,
        [
          endorsed.caseId,
          citizen.id,
          orgs.regionStaff.id,
          orgs.regionStaff.unitId,
          initiativeAt,
          firstMeetingDeadline(initiativeAt),
          JSON.stringify(earlierState),
          endorsed.version,
        ],
      );

      const report = await runMigrations(db.sql);
      expect(report.applied).toEqual(
        readMigrations()
          .slice(1)
          .map((migration) => migration.name),
      );

      const loaded = await loadCaseState(db.prisma, endorsed.caseId);
      expect(loaded).toEqual(endorsed);
      expect(loaded?.invitations).toEqual([]);

      // The upgraded case takes new commands and their projections.
      const now = new Date("2026-01-06T09:00:00Z");
      const invited = inviteByEndorser(
        loaded as CaseState,
        orgs.municipalityLeader.organisationId,
        now,
      );
      if (!invited.ok) throw new Error(invited.error.code);
      await db.prisma.$transaction((tx) =>
        saveCase(tx, {
          state: invited.state,
          events: invited.events,
          expectedVersion: endorsed.version,
          now,
        }),
      );
      expect(
        await db.prisma.caseInvitation.findMany({ select: { caseId: true, organisationId: true } }),
      ).toEqual([
        { caseId: endorsed.caseId, organisationId: orgs.municipalityLeader.organisationId },
      ]);
    } finally {
      await db.drop();
    }
  });
});
