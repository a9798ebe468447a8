import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, errorOf } from "./fixtures";

// What the API does with keys no schema knows: the envelope of a command (case, version,
// payload) refuses them; inside the payload they are dropped, so they reach nothing stored.
const start = new Date("2026-01-05T09:00:00Z");
const later = new Date("2026-01-08T09:00:00Z");

describe("keys no schema knows", () => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    orgs = await seedTestOrganisations(db.prisma);
    const created = await createTestCase(db.prisma, {
      initiator: orgs.regionStaff,
      initiativeAt: start,
      endorsedBy: orgs.regionLeader,
      activation: {
        leaders: [orgs.regionLeader, orgs.municipalityLeader],
        members: [orgs.regionStaff, orgs.municipalityStaff],
        coordinator: orgs.regionStaff,
      },
    });
    caseId = created.caseId;
    version = created.state.version;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const change = (extra: object, payloadExtra: object) => ({
    caseId,
    expectedVersion: version,
    payload: {
      noticeId: crypto.randomUUID(),
      description: "Bostøtten går fra 3 til 2 besøg om ugen.",
      effectiveFrom: later,
      ...payloadExtra,
    },
    ...extra,
  });

  it("refuses an unknown key beside the payload, naming it", async () => {
    const caller = await callerFor(db, orgs.municipalityStaff, later);
    const error = await errorOf(
      caller.changeNotices.recordInterventionChange(change({ actorRole: "leader" }, {})),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(error.cause)).toContain("actorRole");
  });

  it("drops an unknown key inside the payload: it is in no state, event or audit entry", async () => {
    const caller = await callerFor(db, orgs.municipalityStaff, later);
    const result = await caller.changeNotices.recordInterventionChange(
      change({}, { recordedBy: "someone-else", injected: "ukendt-felt-værdi" }),
    );
    expect(result.version).toBe(version + 1);
    const stored = await db.sql.query<{ text: string }>(
      `SELECT (SELECT state::text FROM "case" WHERE id = $1) ||
              (SELECT string_agg(payload::text, '') FROM case_event WHERE case_id = $1) ||
              (SELECT string_agg(details::text, '') FROM audit_entry) AS text`,
      [caseId],
    );
    expect(stored[0]?.text).toContain("Bostøtten går fra 3 til 2");
    expect(stored[0]?.text).not.toContain("ukendt-felt-værdi");
    expect(stored[0]?.text).not.toContain("someone-else");
  });
});
