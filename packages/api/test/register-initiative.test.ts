import {
  createTestDatabase,
  seedTestOrganisations,
  type TestDatabase,
  type TestOrganisations,
  testDatabaseKinds,
} from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContext } from "../src";
import { actorFor } from "./fixtures";

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
});
