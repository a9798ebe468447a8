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

  const errorOf = async (work: Promise<unknown>) => {
    try {
      await work;
      return null;
    } catch (error) {
      const { code, message } = error as { code: string; message: string };
      return { code, message };
    }
  };

  /**
   * What a person can read, with ids and CPR numbers replaced by their order of appearance:
   * two answers about a known and an unknown number must then be the same text.
   */
  const shape = (value: unknown, cprs: readonly string[]) => {
    const seen = new Map<string, string>();
    let text = JSON.stringify(value);
    for (const cpr of cprs) text = text.replaceAll(cpr, "<cpr>");
    return JSON.parse(
      text
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
          if (!seen.has(id)) seen.set(id, `<id ${seen.size}>`);
          return seen.get(id) as string;
        })
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "<time>"),
    );
  };

  /** A clock a millisecond further on at every look, so what came first is told apart. */
  let tick = now.getTime();
  const ticking = async (person: Parameters<typeof actorFor>[1]) =>
    createCaller(
      createContext({
        db,
        actor: await actorFor(db, person),
        now: () => new Date(++tick),
        allowFictionalCpr: true,
      }),
    );

  describe("a leader without access to a citizen learns nothing from the citizen's CPR number", () => {
    const known = { cpr: "0115803333", name: "Karen Kendt" };
    let knownCaseId: string;
    beforeAll(async () => {
      // The citizen is registered in another organisation, checked there against the CPR
      // register, and worked on; someone else has tried the number too.
      const first = await ticking(orgs.municipalityStaff);
      const registered = await first.initiative.registerInitiative(
        registration(known.cpr, known.name),
      );
      knownCaseId = registered.caseId;
      const leader = await ticking(orgs.municipalityLeader);
      await leader.initiative.confirmCitizenIdentity({
        caseId: knownCaseId,
        registerName: known.name,
      });
      await first.cases.get({ caseId: knownCaseId });
      await (await ticking(orgs.municipalityLeader)).initiative.registerInitiative(
        registration(known.cpr, "Tidligere Forsøg"),
      );
    });

    it("answers, lists, shows, checks and logs a known and an unknown number alike (the probe)", async () => {
      const prober = await ticking(orgs.regionLeader);
      await expect(prober.cases.get({ caseId: knownCaseId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      const unknownCpr = "0116804444";
      const cprs = [known.cpr, unknownCpr];
      const pairs: Array<[string, string]> = [];
      /**
       * Everything the prober can read about two cases, each read made for both in turn (a
       * list read of one is in the other's log too), the logs after all the reads.
       */
      const visible = async (a: string, b: string) => {
        const reads = async (caseId: string) => {
          const detail = await prober.cases.get({ caseId });
          const { citizen } = await db.prisma.case.findUniqueOrThrow({
            where: { id: caseId },
            select: { citizen: { select: { cpr: true } } },
          });
          // Cases registered the same day come in no particular order.
          const found = (await prober.search.cases({ query: citizen.cpr })).sort((x, y) =>
            `${x.citizenName} ${x.status}`.localeCompare(`${y.citizenName} ${y.status}`),
          );
          return { detail, found };
        };
        const [readA, readB] = [await reads(a), await reads(b)];
        const mine = await prober.cases.mine();
        const checks = await prober.initiative.identityChecks();
        const notifications = await prober.notifications.mine();
        const log = async (caseId: string) =>
          (await prober.audit.caseAccessLog({ caseId })).map(({ at: _at, ...row }) => row);
        const [logA, logB] = [await log(a), await log(b)];
        const exported = async (caseId: string) =>
          (await prober.audit.citizenAccessExport({ caseId })).rows;
        const [exportA, exportB] = [await exported(a), await exported(b)];
        const events = (caseId: string) =>
          db.prisma.caseEvent.findMany({
            where: { caseId },
            orderBy: { id: "asc" },
            select: { type: true, caseVersion: true },
          });
        const of = async (
          caseId: string,
          read: typeof readA,
          caseLog: typeof logA,
          caseExport: typeof exportA,
        ) =>
          shape(
            {
              ...read,
              mine: mine.filter((row) => row.id === caseId),
              checks: checks.filter((row) => row.caseId === caseId),
              log: caseLog,
              exported: caseExport,
              events: await events(caseId),
              notifications,
            },
            cprs,
          );
        return [await of(a, readA, logA, exportA), await of(b, readB, logB, exportB)];
      };

      // A wrong name, then the right one spelt otherwise: the answers are the same text.
      // The second time, both numbers carry the prober's own first registration: only what
      // others did with the known one differs, and that must not show.
      const probes: Array<[string, string]> = [
        ["Bodil Gæt", "Bodil Gæt"],
        ["karen kendt", "KAREN  KENDT"],
      ];
      for (const [typed, registerName] of probes) {
        const refusedKnown = await errorOf(
          prober.initiative.registerInitiative({
            ...registration(known.cpr, typed),
            initiativeAt: new Date("2027-06-01T09:00:00Z"),
          }),
        );
        const refusedUnknown = await errorOf(
          prober.initiative.registerInitiative({
            ...registration(unknownCpr, typed),
            initiativeAt: new Date("2027-06-01T09:00:00Z"),
          }),
        );
        expect(refusedKnown).not.toBeNull();
        expect(refusedKnown).toEqual(refusedUnknown);

        const onKnown = await prober.initiative.registerInitiative(registration(known.cpr, typed));
        const onUnknown = await prober.initiative.registerInitiative(
          registration(unknownCpr, typed),
        );
        expect(shape(onKnown, cprs)).toEqual(shape(onUnknown, cprs));
        const [beforeKnown, beforeUnknown] = await visible(onKnown.caseId, onUnknown.caseId);
        expect(beforeKnown).toEqual(beforeUnknown);

        // The leader checks each against the CPR register: the same answer and the same
        // case afterwards, though one joined Samstemt's record or kept apart from it.
        const checkedKnown = await prober.initiative.confirmCitizenIdentity({
          caseId: onKnown.caseId,
          registerName,
        });
        const checkedUnknown = await prober.initiative.confirmCitizenIdentity({
          caseId: onUnknown.caseId,
          registerName,
        });
        expect(shape(checkedKnown, cprs)).toEqual(shape(checkedUnknown, cprs));
        const [afterKnown, afterUnknown] = await visible(onKnown.caseId, onUnknown.caseId);
        expect(afterKnown).toEqual(afterUnknown);
        expect(JSON.stringify(afterKnown)).not.toContain(known.name);

        for (const caseId of [onKnown.caseId, onUnknown.caseId]) {
          const endorsed = await prober.initiative.endorseInitiative({
            caseId,
            expectedVersion: checkedKnown.version,
            payload: { note: null },
          });
          expect(endorsed.status).toBe("endorsed");
        }
        const [endorsedKnown, endorsedUnknown] = await visible(onKnown.caseId, onUnknown.caseId);
        expect(endorsedKnown).toEqual(endorsedUnknown);
        pairs.push([onKnown.caseId, onUnknown.caseId]);
      }
      // Later uses of each number reach the earlier cases' logs alike.
      for (const [onKnown, onUnknown] of pairs) {
        const [laterKnown, laterUnknown] = await visible(onKnown, onUnknown);
        expect(laterKnown).toEqual(laterUnknown);
      }

      // Behind the answers: the right name joined the known citizen's record, under the
      // register's spelling; the wrong one kept a record of its own.
      const record = await db.prisma.citizen.findUniqueOrThrow({
        where: { confirmedCpr: known.cpr },
      });
      expect(record.name).toBe("KAREN  KENDT");
      const onRecord = await db.prisma.case.findMany({
        where: { citizenId: record.id },
        select: { initiatorId: true },
      });
      expect(onRecord.map((row) => row.initiatorId).sort()).toEqual(
        [orgs.municipalityStaff.id, orgs.regionLeader.id].sort(),
      );
    });

    it("puts every use of a known citizen's number in their access log and right-of-access export, with who and when", async () => {
      const leader = await ticking(orgs.municipalityLeader);
      const log = await leader.audit.caseAccessLog({ caseId: knownCaseId });
      const uses = log.filter((row) => row.personName === orgs.regionLeader.name);
      // Four look-ups (two refused registrations, two kept) and two checks by the prober,
      // newest first.
      expect(uses.filter((row) => row.purpose === "cprLookup")).toHaveLength(4);
      expect(uses.filter((row) => row.purpose === "registration")).toHaveLength(2);
      expect(uses.every((row) => row.at.getTime() > now.getTime())).toBe(true);
      expect(uses.map((row) => row.purpose)).toEqual([
        "registration",
        "cprLookup",
        "cprLookup",
        "registration",
        "cprLookup",
        "cprLookup",
        // The prober's look at the case itself, refused.
        "refused",
      ]);
      // Whoever tried the number before the probe is there too.
      expect(
        log.some(
          (row) => row.personName === orgs.municipalityLeader.name && row.purpose === "cprLookup",
        ),
      ).toBe(true);
      const exported = await leader.audit.citizenAccessExport({ caseId: knownCaseId });
      const region = log.find((row) => row.personName === orgs.regionLeader.name)?.organisationName;
      const fromRegion = exported.rows.filter((row) => row.organisationName === region);
      expect(fromRegion.map((row) => row.purpose.en)).toEqual(
        expect.arrayContaining([
          "The CPR number used to register an initiative",
          "Registered the initiative",
        ]),
      );
      expect(fromRegion.every((row) => row.date === now.toISOString().slice(0, 10))).toBe(true);
    });

    it("shows the initiator's leader every registration to check, and nobody else", async () => {
      const staff = await callerFor(db, orgs.regionStaff, now);
      const typed = await staff.initiative.registerInitiative(
        registration("0117806666", "Ny Borger"),
      );
      const leader = await callerFor(db, orgs.regionLeader, now);
      const checks = await leader.initiative.identityChecks();
      expect(checks.map((row) => [row.caseId, row.cpr, row.name])).toContainEqual([
        typed.caseId,
        "0117806666",
        "Ny Borger",
      ]);
      expect(JSON.stringify(checks)).not.toContain(known.name);
      const otherLeader = await callerFor(db, orgs.municipalityLeader, now);
      // The other leader's own attempt on the known number is listed like any other.
      expect((await otherLeader.initiative.identityChecks()).map((row) => row.name)).toContain(
        "Tidligere Forsøg",
      );
      expect(
        (await otherLeader.initiative.identityChecks()).map((row) => row.caseId),
      ).not.toContain(typed.caseId);
      await expect(staff.initiative.identityChecks()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        staff.initiative.confirmCitizenIdentity({
          caseId: typed.caseId,
          registerName: "Ny Borger",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        otherLeader.initiative.confirmCitizenIdentity({
          caseId: typed.caseId,
          registerName: "Ny Borger",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await leader.initiative.confirmCitizenIdentity({
        caseId: typed.caseId,
        registerName: "Ny Borger",
      });
      // Checked once: nothing left to check, and off the list.
      await expect(
        leader.initiative.confirmCitizenIdentity({
          caseId: typed.caseId,
          registerName: "Ny Borger",
        }),
      ).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await leader.initiative.identityChecks()).map((row) => row.caseId)).not.toContain(
        typed.caseId,
      );
    });
  });

  describe("the hourly limit on CPR look-ups", () => {
    /** A person of their own, so no other test's look-ups count. */
    const newStaff = async (username: string) => {
      const row = await db.prisma.person.create({
        data: {
          unitId: orgs.regionStaff.unitId,
          username,
          name: `Opslag ${username}`,
          title: "Medarbejder",
          role: "staff",
          email: `${username}@samstemt-test.invalid`,
        },
      });
      return { ...orgs.regionStaff, id: row.id, name: row.name };
    };
    const limitedCaller = async (username: string, limit: number) => {
      const person = await newStaff(username);
      const actor = await actorFor(db, person);
      return {
        person,
        caller: createCaller(
          createContext({
            db,
            actor,
            now: () => now,
            allowFictionalCpr: true,
            cprLookupsPerHour: limit,
          }),
        ),
      };
    };

    it("refuses over the limit with TOO_MANY_REQUESTS, audited, counting refused registrations", async () => {
      const { person, caller } = await limitedCaller("opslag-graense", 2);
      await caller.initiative.registerInitiative(registration("0118806666", "Første Borger"));
      await errorOf(
        caller.initiative.registerInitiative({
          ...registration("0118807777", "Anden Borger"),
          initiativeAt: new Date("2027-01-01T00:00:00Z"),
        }),
      );
      const citizens = await db.prisma.citizen.count();
      const third = await errorOf(
        caller.initiative.registerInitiative(registration("0118808888", "Tredje Borger")),
      );
      expect(third?.code).toBe("TOO_MANY_REQUESTS");
      expect(await db.prisma.citizen.count()).toBe(citizens);
      const log = await db.prisma.auditEntry.count({
        where: { personId: person.id, action: "cpr.lookup.limited" },
      });
      expect(log).toBe(1);
    });

    it("cannot be passed by parallel requests: exactly the limit gets through", async () => {
      const limit = 5;
      const { person, caller } = await limitedCaller("opslag-samtidig", limit);
      const attempts = await Promise.all(
        Array.from({ length: 4 * limit }, (_, index) =>
          errorOf(
            caller.initiative.registerInitiative(
              registration(`011985${String(index).padStart(4, "0")}`, "Samtidig Borger"),
            ),
          ),
        ),
      );
      expect(attempts.filter((error) => error === null)).toHaveLength(limit);
      expect(attempts.filter((error) => error?.code === "TOO_MANY_REQUESTS")).toHaveLength(
        3 * limit,
      );
      expect(
        await db.prisma.auditEntry.count({ where: { personId: person.id, action: "cpr.lookup" } }),
      ).toBe(limit);
    });
  });
});
