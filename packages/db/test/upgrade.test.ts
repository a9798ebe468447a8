import { randomUUID } from "node:crypto";
import {
  activateCase,
  type CaseCommandResult,
  type CaseState,
  caseInvariantViolations,
  declineInitiative,
  endorseInitiative,
  firstMeetingDeadline,
  joinCase,
  registerInitiative,
  scheduleMeeting,
} from "@samstemt/domain";
import { describe, expect, it } from "vitest";
import { loadCaseState, saveCase } from "../src/cases/case-store";
import { createDatabase } from "../src/client/create-database";
import type { Database } from "../src/client/database";
import { readMigrations } from "../src/migrations/read-migrations";
import { runMigrations } from "../src/migrations/run-migrations";
import { reprojectCases } from "../src/projections/reproject";
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

/** A citizen as the first release stored one: its columns, nothing more. */
async function firstReleaseCitizen(db: Database, name: string, cpr: string) {
  const id = randomUUID();
  await db.sql.query(`INSERT INTO "citizen" ("id", "cpr", "name") VALUES ($1, $2, $3)`, [
    id,
    cpr,
    name,
  ]);
  return { id, name };
}

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
  it("R6: keeps an active two-sector case stored before invitations existed, implies its invitations and saves it again", async () => {
    const db = await databaseAtFirstRelease(kind);
    try {
      const orgs = await seedTestOrganisations(db.prisma);
      const citizen = await firstReleaseCitizen(db, "Gammel Sag", "0113809876");
      // A registration kept provisionally under a known number (before leaders' checks).
      const provisional = await firstReleaseCitizen(db, "Anden Stavning", "0113809876~a1b2c3d4");
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
      // Endorsed a day after the initiative, joined two days after that: the implied
      // invitation must carry the join's time, not the endorsement's.
      const endorsedAt = new Date("2026-01-06T09:00:00Z");
      const joinedAt = new Date("2026-01-08T09:00:00Z");
      const at = { now: joinedAt };
      let active = take(
        endorseInitiative(registered, {}, { actor: actorOf(orgs.regionLeader), now: endorsedAt }),
      );
      // The first release let any leader join and recorded no invitation. Today's commands
      // need one, so the walk carries it, and it is stripped from the stored row below.
      active = {
        ...active,
        invitations: [
          {
            organisationId: orgs.municipalityLeader.organisationId,
            invitedBy: actorOf(orgs.regionLeader),
            invitedAt: endorsedAt,
            implied: false,
            declined: null,
          },
        ],
      };
      for (const leader of [orgs.regionLeader, orgs.municipalityLeader]) {
        active = take(
          joinCase(active, { organisationName: null }, { actor: actorOf(leader), ...at }),
        );
      }
      active = take(
        activateCase(
          active,
          {
            members: [orgs.regionStaff, orgs.municipalityStaff].map((person) => ({
              personId: person.id,
              name: person.name,
              organisationId: person.organisationId,
              role: "Kontaktperson",
              contact: { email: `${person.username}@test.invalid` },
            })),
            coordinatorPersonId: orgs.regionStaff.id,
          },
          { actor: actorOf(orgs.regionLeader), ...at },
        ),
      );
      // The row exactly as the first release wrote it: a state without `invitations`.
      const { invitations: _, ...earlierState } = JSON.parse(JSON.stringify(active));
      await db.sql.query(
        `INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id",
           "initiative_at", "reasons", "deadline_at", "state", "version", "updated_at")
         VALUES ($1, $2, 'active', $3, $4, $5, ARRAY['self_harm'], $6, $7::jsonb, $8, now())`,
        [
          active.caseId,
          citizen.id,
          orgs.regionStaff.id,
          orgs.regionStaff.unitId,
          initiativeAt,
          firstMeetingDeadline(initiativeAt),
          JSON.stringify(earlierState),
          active.version,
        ],
      );

      const report = await runMigrations(db.sql);
      expect(report.applied).toEqual(
        readMigrations()
          .slice(1)
          .map((migration) => migration.name),
      );

      // What Samstemt knew is the number's confirmed record; the provisional registration
      // waits for its leader's check under the number as typed.
      const citizens = await db.prisma.citizen.findMany({
        where: { id: { in: [citizen.id, provisional.id] } },
        select: { id: true, cpr: true, confirmedCpr: true, registerCheckedAt: true },
      });
      expect(citizens.find((row) => row.id === citizen.id)).toMatchObject({
        cpr: "0113809876",
        confirmedCpr: "0113809876",
        registerCheckedAt: expect.any(Date),
      });
      expect(citizens.find((row) => row.id === provisional.id)).toEqual({
        id: provisional.id,
        cpr: "0113809876",
        confirmedCpr: null,
        registerCheckedAt: null,
      });

      const loaded = await loadCaseState(db.prisma, active.caseId);
      if (!loaded) throw new Error("the case is gone");
      // Worked out from the join (R6): the endorsing leader, at the join's time, marked implied.
      expect(loaded.invitations).toEqual([
        {
          organisationId: orgs.municipalityLeader.organisationId,
          invitedBy: actorOf(orgs.regionLeader),
          invitedAt: joinedAt,
          implied: true,
          declined: null,
        },
      ]);
      expect({ ...loaded, invitations: [] }).toEqual({ ...active, invitations: [] });
      expect(caseInvariantViolations(loaded)).toEqual([]);

      // Indicator rows need the domain's rules, so the migration leaves them to a reproject
      // (`pnpm db:reproject`, or the worker's scheduled refresh, which projects them too).
      expect(await db.prisma.caseIndicator.count()).toBe(0);
      const reprojected = await reprojectCases(db, {
        onlyMissing: true,
        now: new Date("2026-01-09T08:00:00Z"),
      });
      expect(reprojected.cases).toBe(1);
      expect(
        await db.prisma.caseIndicator.findUniqueOrThrow({ where: { caseId: active.caseId } }),
      ).toMatchObject({
        status: "active",
        caseVersion: active.version,
        initiativeQuarter: "2026-Q1",
        deadlineState: "open",
        hasCoordinator: true,
        sectors: ["region", "municipality"],
        daysToActivation: 3,
      });

      // The upgraded case takes new commands, and its projections are written.
      const now = new Date("2026-01-09T09:00:00Z");
      const scheduled = scheduleMeeting(
        loaded,
        { meetingId: "m1", kind: "collaboration", scheduledFor: new Date("2026-01-20T09:00:00Z") },
        { actor: actorOf(orgs.regionStaff), now },
      );
      if (!scheduled.ok) throw new Error(scheduled.error.code);
      await db.prisma.$transaction((tx) =>
        saveCase(tx, {
          state: scheduled.state,
          events: scheduled.events,
          expectedVersion: active.version,
          now,
        }),
      );
      expect(
        await db.prisma.caseInvitation.findMany({
          select: { caseId: true, organisationId: true, invitedById: true },
        }),
      ).toEqual([
        {
          caseId: active.caseId,
          organisationId: orgs.municipalityLeader.organisationId,
          invitedById: orgs.regionLeader.id,
        },
      ]);
    } finally {
      await db.drop();
    }
  });

  it("R5/R9: a declined case stored with a deadline by the first release has none after the upgrade", async () => {
    const db = await databaseAtFirstRelease(kind);
    try {
      const orgs = await seedTestOrganisations(db.prisma);
      const citizen = await firstReleaseCitizen(db, "Afvist Sag", "0214809876");
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
      const declined = take(
        declineInitiative(
          registered,
          { reason: "Ikke i målgruppen" },
          { actor: actorOf(orgs.regionLeader), now: initiativeAt },
        ),
      );
      // The first release stored every case with a deadline, 'open' by default.
      await db.sql.query(
        `INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id",
           "initiative_at", "reasons", "deadline_at", "state", "version", "updated_at")
         VALUES ($1, $2, 'declined', $3, $4, $5, ARRAY['self_harm'], $6, $7::jsonb, $8, now())`,
        [
          declined.caseId,
          citizen.id,
          orgs.regionStaff.id,
          orgs.regionStaff.unitId,
          initiativeAt,
          firstMeetingDeadline(initiativeAt),
          JSON.stringify(declined),
          declined.version,
        ],
      );
      await runMigrations(db.sql);
      expect(
        await db.prisma.case.findUniqueOrThrow({
          where: { id: declined.caseId },
          select: { deadlineAt: true, deadlineState: true },
        }),
      ).toEqual({ deadlineAt: null, deadlineState: null });
    } finally {
      await db.drop();
    }
  });
});
