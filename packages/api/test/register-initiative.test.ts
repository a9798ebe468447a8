import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContext } from "../src";
import { actorFor, callerFor } from "./fixtures";

const now = new Date("2026-11-20T10:00:00Z");
const registration = (cpr: string, name = "Karen Registreret") => ({
  citizen: { cpr, name },
  initiativeAt: new Date("2026-11-19T09:00:00Z"),
  reasons: { categories: ["outward_reacting_behaviour" as const], text: null },
  citizenStance: "ambivalent" as const,
  citizenStanceNote: null,
});

describe.each(testDatabaseKinds())("registering an initiative on %s", (kind) => {
  let db: TestDatabase;
  let orgs: TestOrganisations;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    orgs = await seedTestOrganisations(db.prisma);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const staffCaller = async (allowFictionalCpr: boolean) =>
    createCaller(
      createContext({
        db,
        actor: await actorFor(db, orgs.regionStaff),
        now: () => now,
        allowFictionalCpr,
      }),
    );

  it("in production takes real CPR numbers (modulus 11 not required) and refuses the demo's fictional ones", async () => {
    const production = await staffCaller(false);
    // 010190-1234 fails the modulus-11 check; such numbers are issued, so it is accepted.
    const real = await production.initiative.registerInitiative(registration("0101901234"));
    expect(real.status).toBe("initiated");
    await expect(
      production.initiative.registerInitiative(registration("0113801111")),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("CPR") });
    const demo = await staffCaller(true);
    const fictional = await demo.initiative.registerInitiative(registration("0113801111"));
    expect(fictional.status).toBe("initiated");
  });

  it("refuses impossible CPR numbers and unsafe names in Danish, storing nothing", async () => {
    const demo = await staffCaller(true);
    const before = await db.prisma.citizen.count();
    const refused = [
      registration("0000000000"),
      registration("9999999999"),
      registration("3213991234"),
      registration("0100000000"),
      registration("2902001234"), // 1900 was no leap year
      registration("0101901234", "\u200b"),
      registration("0101901234", "\u202eJens"),
      registration("0101901234", "Jens\u0000Hansen"),
      { ...registration("0101901234"), initiativeAt: new Date("0001-01-01T00:00:00Z") },
      { ...registration("0101901234"), initiativeAt: new Date("2017-12-31T12:00:00Z") },
      { ...registration("0101901234"), citizenStanceNote: "note \ud800" },
    ];
    for (const input of refused) {
      await expect(
        demo.initiative.registerInitiative(input),
        JSON.stringify(input),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect(await db.prisma.citizen.count()).toBe(before);
  });

  describe("never reveals whether a CPR number is known (issue 10)", () => {
    const known = { cpr: "0115803333", name: "Karen Kendt" };
    beforeAll(async () => {
      // Somebody in another organisation registered the citizen first.
      const first = await callerFor(db, orgs.municipalityStaff, now);
      await first.initiative.registerInitiative(registration(known.cpr, known.name));
    });

    const errorOf = async (work: Promise<unknown>) => {
      try {
        await work;
        return null;
      } catch (error) {
        const { code, message } = error as { code: string; message: string };
        return { code, message };
      }
    };

    it("answers a known CPR number under another name exactly as a new one", async () => {
      const staff = await callerFor(db, orgs.regionStaff, now);
      const guessed = await staff.initiative.registerInitiative(
        registration(known.cpr, "Bodil Gæt"),
      );
      const fresh = await staff.initiative.registerInitiative(
        registration("0116804444", "Bodil Gæt"),
      );
      const { caseId: guessedCase, ...guessedRest } = guessed;
      const { caseId: freshCase, ...freshRest } = fresh;
      expect(guessedRest).toEqual(freshRest);
      // What the initiator sees afterwards is the name they typed, in the list and the case.
      const mine = await staff.cases.mine();
      const names = mine.filter((row) => [guessedCase, freshCase].includes(row.id));
      expect(names.map((row) => row.citizenName)).toEqual(["Bodil Gæt", "Bodil Gæt"]);
      const detail = await staff.cases.get({ caseId: guessedCase });
      expect(JSON.stringify(detail)).not.toContain(known.name);
      // The known citizen's record is untouched and the case is not attached to them.
      const stored = await db.prisma.citizen.findUniqueOrThrow({ where: { cpr: known.cpr } });
      expect(stored.name).toBe(known.name);
      const attached = await db.prisma.case.count({ where: { citizenId: stored.id } });
      expect(attached).toBe(1);
    });

    it("refuses a known and an unknown CPR number with the same words, storing nothing", async () => {
      const staff = await callerFor(db, orgs.regionStaff, now);
      const before = await db.prisma.citizen.count();
      const future = { initiativeAt: new Date("2027-06-01T09:00:00Z") };
      const knownError = await errorOf(
        staff.initiative.registerInitiative({
          ...registration(known.cpr, "Hvem Somhelst"),
          ...future,
        }),
      );
      const unknownError = await errorOf(
        staff.initiative.registerInitiative({
          ...registration("0117805555", "Hvem Somhelst"),
          ...future,
        }),
      );
      expect(knownError).not.toBeNull();
      expect(knownError).toEqual(unknownError);
      expect(await db.prisma.citizen.count()).toBe(before);
    });

    it("audits every look-up, naming the known citizen even when refused", async () => {
      const staff = await callerFor(db, orgs.regionStaff, now);
      const stored = await db.prisma.citizen.findUniqueOrThrow({ where: { cpr: known.cpr } });
      await errorOf(
        staff.initiative.registerInitiative({
          ...registration(known.cpr, "Prøver Igen"),
          initiativeAt: new Date("2027-06-01T09:00:00Z"),
        }),
      );
      const refused = await db.prisma.auditEntry.findMany({
        where: { personId: orgs.regionStaff.id, action: "case.initiative.register.refused" },
        orderBy: { id: "desc" },
        take: 1,
      });
      expect(refused[0]?.citizenId).toBe(stored.id);
      const registered = await db.prisma.auditEntry.findMany({
        where: { personId: orgs.regionStaff.id, action: "case.initiative.register" },
      });
      const provisional = registered.filter(
        (row) => (row.details as { provisional?: boolean } | null)?.provisional === true,
      );
      expect(provisional.map((row) => row.details)).toEqual([
        { provisional: true, knownCitizenId: stored.id },
      ]);
    });

    it("shows the initiator's leader the registrations to check, without the known name", async () => {
      const leader = await callerFor(db, orgs.regionLeader, now);
      const checks = await leader.initiative.identityChecks();
      expect(checks.map((row) => ({ cpr: row.cpr, name: row.name }))).toEqual([
        { cpr: known.cpr, name: "Bodil Gæt" },
      ]);
      expect(JSON.stringify(checks)).not.toContain(known.name);
      const otherLeader = await callerFor(db, orgs.municipalityLeader, now);
      expect(await otherLeader.initiative.identityChecks()).toEqual([]);
      const staff = await callerFor(db, orgs.regionStaff, now);
      await expect(staff.initiative.identityChecks()).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("limits look-ups per person and hour with TOO_MANY_REQUESTS, audited", async () => {
      const actor = await actorFor(db, orgs.municipalityLeader);
      const limited = createCaller(
        createContext({ db, actor, now: () => now, allowFictionalCpr: true, cprLookupsPerHour: 2 }),
      );
      await limited.initiative.registerInitiative(registration("0118806666", "Første Borger"));
      await errorOf(
        limited.initiative.registerInitiative({
          ...registration("0118807777", "Anden Borger"),
          initiativeAt: new Date("2027-01-01T00:00:00Z"),
        }),
      );
      const before = await db.prisma.citizen.count();
      const third = await errorOf(
        limited.initiative.registerInitiative(registration("0118808888", "Tredje Borger")),
      );
      expect(third?.code).toBe("TOO_MANY_REQUESTS");
      expect(await db.prisma.citizen.count()).toBe(before);
      const log = await db.prisma.auditEntry.count({
        where: { personId: orgs.municipalityLeader.id, action: "cpr.lookup.limited" },
      });
      expect(log).toBe(1);
    });

    it("the leader resolves a registration against the CPR register: a different name changes nothing, the known name joins the records", async () => {
      const leader = await callerFor(db, orgs.regionLeader, now);
      const [check] = await leader.initiative.identityChecks();
      if (!check) throw new Error("expected a registration to check");
      const stored = await db.prisma.citizen.findUniqueOrThrow({ where: { cpr: known.cpr } });
      const caseBefore = await db.prisma.case.findUniqueOrThrow({ where: { id: check.caseId } });
      // Only the initiator's leader: staff are refused, another unit's leader finds nothing.
      const staff = await callerFor(db, orgs.regionStaff, now);
      await expect(
        staff.initiative.confirmCitizenIdentity({ caseId: check.caseId, registerName: known.name }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      const otherLeader = await callerFor(db, orgs.municipalityLeader, now);
      await expect(
        otherLeader.initiative.confirmCitizenIdentity({
          caseId: check.caseId,
          registerName: known.name,
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      // The register names someone else: the number was mistyped; nothing changes, and the
      // answer names no citizen.
      const differs = await errorOf(
        leader.initiative.confirmCitizenIdentity({
          caseId: check.caseId,
          registerName: "Bodil Gæt",
        }),
      );
      expect(differs?.code).toBe("CONFLICT");
      expect(differs?.message).toContain("afvis initiativet");
      expect(differs?.message).not.toContain(known.name);
      const unchanged = await db.prisma.case.findUniqueOrThrow({ where: { id: check.caseId } });
      expect(unchanged.version).toBe(caseBefore.version);
      expect(unchanged.citizenId).toBe(caseBefore.citizenId);
      // The register has the known name (spelt as people type it): one citizen, one record.
      const resolved = await leader.initiative.confirmCitizenIdentity({
        caseId: check.caseId,
        registerName: `  ${known.name.toUpperCase()} `,
      });
      expect(resolved).toEqual({ caseId: check.caseId, version: caseBefore.version + 1 });
      const after = await db.prisma.case.findUniqueOrThrow({ where: { id: check.caseId } });
      expect(after.citizenId).toBe(stored.id);
      expect((after.state as { citizen: unknown; version: number }).citizen).toEqual({
        citizenId: stored.id,
        name: known.name,
      });
      expect((after.state as { version: number }).version).toBe(after.version);
      expect(await db.prisma.citizen.count({ where: { id: caseBefore.citizenId } })).toBe(0);
      expect(await leader.initiative.identityChecks()).toEqual([]);
      // The initiator now sees the case under the register's name; the known citizen has
      // both cases.
      expect((await staff.cases.get({ caseId: check.caseId })).view.citizen.name).toBe(known.name);
      expect(await db.prisma.case.count({ where: { citizenId: stored.id } })).toBe(2);
      const audited = await db.prisma.auditEntry.findMany({
        where: { caseId: check.caseId, action: { startsWith: "citizen.identity.confirm" } },
        orderBy: { id: "asc" },
      });
      expect(audited.map((row) => [row.action, row.citizenId])).toEqual([
        ["citizen.identity.confirm.refused", stored.id],
        ["citizen.identity.confirm", stored.id],
      ]);
      // A resolved registration cannot be resolved again.
      await expect(
        leader.initiative.confirmCitizenIdentity({
          caseId: check.caseId,
          registerName: known.name,
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
    });
  });
});
