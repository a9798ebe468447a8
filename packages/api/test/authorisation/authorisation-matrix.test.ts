import type { Database } from "@samstemt/db";
import {
  createTestCase,
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  type TestPerson,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../src";
import { callerFor } from "../fixtures";
import {
  type AdminSandbox,
  authorisationMatrix,
  type MatrixRecord,
  type MatrixRule,
} from "./matrix";

const now = new Date("2026-11-25T10:00:00Z");
/** What the case access check answers for a case the caller may not see. */
const CASE_NOT_FOUND = "Sagen findes ikke.";

interface Outcome {
  ok: boolean;
  code: string | null;
  message: string | null;
  domainError: boolean;
  body: string;
}

async function call(
  db: Database,
  person: TestPerson | null,
  path: string,
  input: unknown,
): Promise<Outcome> {
  const caller = (await callerFor(db, person, now)) as unknown;
  // Nested routers too: "dashboard.reviewMeetings.get".
  const procedure = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as
    | ((input: unknown) => Promise<unknown>)
    | undefined;
  if (typeof procedure !== "function") throw new Error(`no procedure ${path}`);
  try {
    const result = await procedure(input);
    return {
      ok: true,
      code: null,
      message: null,
      domainError: false,
      body: JSON.stringify(result),
    };
  } catch (error) {
    const failure = error as { code?: string; message?: string; cause?: unknown };
    return {
      ok: false,
      code: failure.code ?? "UNKNOWN",
      message: failure.message ?? null,
      domainError: Boolean(
        failure.cause && typeof failure.cause === "object" && "domainError" in failure.cause,
      ),
      body: "",
    };
  }
}

/** What a refused attempt must leave untouched. */
async function storedFacts(db: Database): Promise<string> {
  const [row] = await db.sql.query(
    `SELECT (SELECT count(*) FROM "case")::int AS cases,
            (SELECT coalesce(sum(version), 0) FROM "case")::int AS versions,
            (SELECT count(*) FROM citizen)::int AS citizens,
            (SELECT count(*) FROM case_event)::int AS events,
            (SELECT count(*) FROM team_member)::int AS members`,
  );
  return JSON.stringify(row);
}

/** What administration changes: a refused attempt must leave every part of it untouched. */
async function administrationFacts(db: Database): Promise<string> {
  const rows = await db.sql.query(
    `SELECT (SELECT string_agg(id || name || sector, ',' ORDER BY id) FROM organisation) AS organisations,
            (SELECT string_agg(id || organisation_id || name, ',' ORDER BY id) FROM unit) AS units,
            (SELECT string_agg(concat_ws('|', id, unit_id, name, title, role, email, subject,
                    deactivated_at), ',' ORDER BY id) FROM person) AS people,
            (SELECT string_agg(person_id, ',' ORDER BY person_id) FROM administrator) AS administrators,
            (SELECT count(*) FROM session)::int AS sessions`,
  );
  return JSON.stringify(rows);
}

/** A general practice with a leader and a doctor, to take part in the region's case. */
async function thirdOrganisation(db: Database) {
  const organisation = await db.prisma.organisation.create({
    data: { name: `Lægehus ${now.getTime()}`, sector: "general_practice" },
  });
  const unit = await db.prisma.unit.create({
    data: { organisationId: organisation.id, name: "Lægehuset" },
  });
  const person = async (role: "leader" | "staff"): Promise<TestPerson> => {
    const username = `matrix-${role}-${organisation.id.slice(0, 8)}`;
    const created = await db.prisma.person.create({
      data: {
        unitId: unit.id,
        username,
        name: `Læge ${role}`,
        title: role,
        role,
        email: `${username}@test.invalid`,
      },
    });
    return {
      id: created.id,
      username,
      name: created.name,
      unitId: unit.id,
      organisationId: organisation.id,
      sector: "general_practice",
      role,
    };
  };
  return { leader: await person("leader"), staff: await person("staff") };
}

const everyPath = () => Object.keys(appRouter._def.procedures).sort();

describe("the authorisation matrix", () => {
  it("has a rule for every procedure of the router, and none for procedures that are gone", () => {
    const paths = everyPath();
    const missing = paths.filter((path) => !(path in authorisationMatrix));
    const stale = Object.keys(authorisationMatrix).filter((path) => !paths.includes(path));
    expect(
      missing,
      `procedures missing from the authorisation matrix: ${missing.join(", ")}`,
    ).toEqual([]);
    expect(stale, `matrix entries for procedures that do not exist: ${stale.join(", ")}`).toEqual(
      [],
    );
  });
});

describe.each(testDatabaseKinds())(
  "every procedure × every role × own and other organisation on %s",
  (kind) => {
    let db: TestDatabase;
    let orgs: TestOrganisations;
    /** Each organisation's case, and the other organisation's for the same caller. */
    let records: { region: MatrixRecord; municipality: MatrixRecord };
    let callers: Array<{
      label: string;
      person: TestPerson;
      own: "region" | "municipality";
      administrator?: true;
    }>;
    let sandbox: AdminSandbox;
    const counts = { calls: 0, otherOrganisation: 0, ownOrganisation: 0, anonymous: 0 };

    const recordOf = async (which: "region" | "municipality"): Promise<MatrixRecord> => {
      const record = records[which];
      const row = await db.prisma.case.findUniqueOrThrow({ where: { id: record.caseId } });
      return { ...record, version: row.version };
    };

    beforeAll(async () => {
      db = await createTestDatabase(kind);
      orgs = await seedTestOrganisations(db.prisma);
      // The region's case is active (with a general practice: R6 wants two sectors) and its
      // staff member is the coordinator; the municipality's is endorsed. Neither of the two
      // organisations takes part in the other's case.
      const practice = await thirdOrganisation(db);
      const region = await createTestCase(db.prisma, {
        initiator: orgs.regionStaff,
        initiativeAt: new Date("2026-11-01T09:00:00Z"),
        endorsedBy: orgs.regionLeader,
        activation: {
          leaders: [orgs.regionLeader, practice.leader],
          members: [orgs.regionStaff, practice.staff],
          coordinator: orgs.regionStaff,
        },
      });
      const municipality = await createTestCase(db.prisma, {
        initiator: orgs.municipalityStaff,
        initiativeAt: new Date("2026-11-02T09:00:00Z"),
        endorsedBy: orgs.municipalityLeader,
      });
      const record = (
        created: { caseId: string; state: { citizen: { name: string } } },
        staff: TestPerson,
      ): MatrixRecord => ({
        caseId: created.caseId,
        version: 0,
        citizenName: created.state.citizen.name,
        organisationId: staff.organisationId,
        staffId: staff.id,
        staffName: staff.name,
      });
      records = {
        region: record(region, orgs.regionStaff),
        municipality: record(municipality, orgs.municipalityStaff),
      };
      // The administrator is an analyst of the region, as in the demo (rikke): for every
      // other procedure they are just an analyst.
      const administrator = await db.prisma.person.create({
        data: {
          unitId: orgs.analyst.unitId,
          username: `matrix-admin-${orgs.analyst.id.slice(0, 8)}`,
          name: "Matrix Administrator",
          title: "Systemadministrator",
          role: "analyst",
          email: "matrix.admin@test.invalid",
        },
      });
      await db.prisma.administrator.create({ data: { personId: administrator.id } });
      const sandboxOrganisation = await db.prisma.organisation.create({
        data: { name: `Matrix sandkasse ${now.getTime()}`, sector: "region" },
      });
      const sandboxUnit = await db.prisma.unit.create({
        data: { organisationId: sandboxOrganisation.id, name: "Sandkasseenhed" },
      });
      const sandboxPerson = await db.prisma.person.create({
        data: {
          unitId: sandboxUnit.id,
          username: `matrix-sandbox-${sandboxUnit.id.slice(0, 8)}`,
          name: "Matrix Sandkasseperson",
          title: "Medarbejder",
          role: "staff",
          email: "matrix.sandbox@test.invalid",
        },
      });
      sandbox = {
        organisationId: sandboxOrganisation.id,
        unitId: sandboxUnit.id,
        personId: sandboxPerson.id,
      };
      callers = [
        { label: "staff, coordinator of the case", person: orgs.regionStaff, own: "region" },
        { label: "leader", person: orgs.regionLeader, own: "region" },
        { label: "analyst", person: orgs.analyst, own: "region" },
        { label: "staff", person: orgs.municipalityStaff, own: "municipality" },
        { label: "leader", person: orgs.municipalityLeader, own: "municipality" },
        {
          label: "analyst, administrator",
          person: { ...orgs.analyst, id: administrator.id, name: administrator.name },
          own: "region",
          administrator: true,
        },
      ];
    });
    afterAll(async () => {
      await db?.destroy();
      console.info(
        `authorisation-matrix ${kind}: ${everyPath().length} procedures × ${callers?.length ?? 0} signed-in people (${
          new Set(callers?.map((c) => c.person.role)).size
        } roles) × own and other organisation's case, plus no session: ${counts.calls} calls`,
        counts,
      );
    });

    const entries = () => Object.entries(authorisationMatrix) as Array<[string, MatrixRule]>;
    const inputFor = (rule: MatrixRule, record: MatrixRecord) =>
      rule.kind === "case" || rule.kind === "own"
        ? rule.input(record)
        : rule.kind === "administrator"
          ? rule.input(sandbox)
          : rule.input();

    it("answers UNAUTHORIZED without a session (system procedures: FORBIDDEN)", async () => {
      const before = await storedFacts(db);
      for (const [path, rule] of entries()) {
        const outcome = await call(db, null, path, inputFor(rule, await recordOf("region")));
        counts.calls += 1;
        counts.anonymous += 1;
        expect({ path, code: outcome.code }).toEqual({
          path,
          code: rule.kind === "system" ? "FORBIDDEN" : "UNAUTHORIZED",
        });
      }
      expect(await storedFacts(db)).toBe(before);
    });

    it("answers NOT_FOUND for another organisation's case and changes nothing; refuses by role", async () => {
      const refusedBefore = await db.prisma.auditEntry.count({
        where: { action: "access.refused" },
      });
      let refusals = 0;
      for (const [path, rule] of entries()) {
        const before = await storedFacts(db);
        for (const caller of callers) {
          const other = await recordOf(caller.own === "region" ? "municipality" : "region");
          const administrationBefore = await administrationFacts(db);
          const outcome = await call(db, caller.person, path, inputFor(rule, other));
          counts.calls += 1;
          counts.otherOrganisation += 1;
          const who = `${path} as ${caller.label} (${caller.own})`;
          if (rule.kind === "case" && !rule.roles.includes(caller.person.role)) {
            expect({ who, code: outcome.code }).toEqual({ who, code: "FORBIDDEN" });
            refusals += 1;
          } else if (rule.kind === "case") {
            expect({ who, code: outcome.code, message: outcome.message }).toEqual({
              who,
              code: "NOT_FOUND",
              message: CASE_NOT_FOUND,
            });
            refusals += 1;
          } else if (rule.kind === "own") {
            if (rule.roles.includes(caller.person.role)) {
              expect({ who, ok: outcome.ok, code: outcome.code }).toEqual({
                who,
                ok: true,
                code: null,
              });
              expect(outcome.body, who).not.toContain(other.caseId);
              expect(outcome.body, who).not.toContain(other.citizenName);
              if (caller.person.role === "analyst") {
                // Analysts see pseudonymised aggregates only: no case, not even their own side's.
                const own = await recordOf(caller.own);
                expect(outcome.body, who).not.toContain(own.caseId);
                expect(outcome.body, who).not.toContain(own.citizenName);
              }
            } else {
              expect({ who, code: outcome.code }).toEqual({ who, code: "FORBIDDEN" });
              refusals += 1;
            }
          } else if (rule.kind === "record") {
            const expected = rule.roles.includes(caller.person.role) ? "NOT_FOUND" : "FORBIDDEN";
            expect({ who, code: outcome.code }).toEqual({ who, code: expected });
            refusals += 1;
          } else if (rule.kind === "administrator" && caller.administrator) {
            if (rule.admin === "ok") {
              expect({ who, ok: outcome.ok, code: outcome.code, message: outcome.message }).toEqual(
                { who, ok: true, code: null, message: null },
              );
            } else {
              expect(outcome.code, who).not.toBe("FORBIDDEN");
              expect(outcome.code, who).not.toBe("UNAUTHORIZED");
              expect(outcome.code, who).not.toBe("INTERNAL_SERVER_ERROR");
              if (outcome.code === "NOT_FOUND") refusals += 1;
            }
          } else {
            expect({ who, code: outcome.code }).toEqual({ who, code: "FORBIDDEN" });
            // Refused administration changes nothing of organisations, units, people, rights.
            expect(await administrationFacts(db), who).toBe(administrationBefore);
            refusals += 1;
          }
        }
        // Own-data procedures may add rows of the caller's own (a registration); a refused
        // attempt on another organisation's case never changes anything.
        if (rule.kind !== "own") expect(await storedFacts(db), path).toBe(before);
      }
      // Every refusal left an audit entry (issue 10).
      const refusedAfter = await db.prisma.auditEntry.count({
        where: { action: "access.refused" },
      });
      expect(refusedAfter - refusedBefore).toBe(refusals);
    });

    it("reaches the caller's own organisation's case (analysts: no case at all)", async () => {
      for (const [path, rule] of entries()) {
        if (rule.kind !== "case") continue;
        for (const caller of callers) {
          const own = await recordOf(caller.own);
          const outcome = await call(db, caller.person, path, rule.input(own));
          counts.calls += 1;
          counts.ownOrganisation += 1;
          const who = `${path} as ${caller.label} (${caller.own})`;
          expect(outcome.code, who).not.toBe("UNAUTHORIZED");
          expect(outcome.code, who).not.toBe("INTERNAL_SERVER_ERROR");
          if (!rule.roles.includes(caller.person.role)) {
            expect({ who, code: outcome.code }).toEqual({ who, code: "FORBIDDEN" });
          } else if (caller.person.role === "analyst") {
            expect({ who, message: outcome.message }).toEqual({ who, message: CASE_NOT_FOUND });
          } else {
            // Any answer but "this case does not exist": a success, or the domain's own refusal.
            expect(outcome.message, who).not.toBe(CASE_NOT_FOUND);
          }
        }
      }
    });
  },
);
