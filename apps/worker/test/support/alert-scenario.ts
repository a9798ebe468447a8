import { randomUUID } from "node:crypto";
import { createCaller, createContext } from "@samstemt/api";
import { actorByPersonId, citizenNames, type Database } from "@samstemt/db";
import {
  createTestCase,
  seedTestOrganisations,
  type TestOrganisations,
  type TestPerson,
} from "@samstemt/db/testing";

const DAY = 86_400_000;

export async function callerFor(db: Database, person: TestPerson, now: Date) {
  const actor = await actorByPersonId(db, person.id);
  if (!actor) throw new Error(`no person ${person.id}`);
  return createCaller(createContext({ db, actor, now: () => now, allowFictionalCpr: true }));
}

export interface AlertScenario {
  orgs: TestOrganisations;
  caseIds: { approaching: string; overdue: string; active: string };
  /** Citizens' names: no e-mail may contain one. */
  citizenNames: string[];
  /** personId → the condition kinds they must be alerted of, once each. */
  expected: Map<string, string[]>;
}

/**
 * Three cases seen at `now` (a Tuesday, 10 March 2026, in the tests):
 * - an initiative 24 days old, not yet endorsed: R9 deadline within 7 days → the initiator
 *   (no coordinator yet) and the leaders of the unit it is routed to;
 * - an endorsed initiative 49 days old with no meeting: R9 overdue → initiator and the
 *   endorsing leader;
 * - an active case with its first meeting held, a change notice recorded a week ago that its
 *   recipient has not acknowledged (R13, more than 3 working days), and a written consent
 *   for other purposes lapsing in 10 days (R4) → the coordinator and the leaders who
 *   endorsed and joined it, each told of both.
 */
export async function seedAlertScenario(db: Database, now: Date): Promise<AlertScenario> {
  const orgs = await seedTestOrganisations(db);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const approaching = await createTestCase(db, {
    initiator: orgs.regionStaff,
    initiativeAt: ago(24),
  });
  const overdue = await createTestCase(db, {
    initiator: orgs.municipalityStaff,
    initiativeAt: ago(49),
    endorsedBy: orgs.municipalityLeader,
  });
  const active = await createTestCase(db, {
    initiator: orgs.regionStaff,
    initiativeAt: ago(20),
    endorsedBy: orgs.regionLeader,
    activation: {
      leaders: [orgs.regionLeader, orgs.municipalityLeader],
      members: [orgs.regionStaff, orgs.municipalityStaff],
      coordinator: orgs.municipalityStaff,
    },
    collaborationHeldAt: ago(9),
  });
  const recorder = await callerFor(db, orgs.regionStaff, ago(7));
  const noticed = await recorder.changeNotices.recordInterventionChange({
    caseId: active.caseId,
    expectedVersion: active.state.version,
    payload: {
      noticeId: randomUUID(),
      description: "Færre besøg fra bostøtten",
      effectiveFrom: null,
    },
  });
  await recorder.consent.recordConsent({
    caseId: active.caseId,
    expectedVersion: noticed.version,
    payload: {
      consentId: randomUUID(),
      method: "written",
      purpose: "other",
      organisationIds: [orgs.regionStaff.organisationId, orgs.municipalityStaff.organisationId],
      givenAt: ago(355),
      expiresAt: null,
      note: null,
    },
  });
  const names = await citizenNames(db, [
    approaching.citizenId,
    overdue.citizenId,
    active.citizenId,
  ]);
  const expected = new Map<string, string[]>([
    [orgs.regionStaff.id, ["deadline.approaching"]],
    [
      orgs.regionLeader.id,
      ["changeNotice.unacknowledged", "consent.expiring", "deadline.approaching"],
    ],
    [
      orgs.municipalityStaff.id,
      ["changeNotice.unacknowledged", "consent.expiring", "deadline.overdue"],
    ],
    [
      orgs.municipalityLeader.id,
      ["changeNotice.unacknowledged", "consent.expiring", "deadline.overdue"],
    ],
  ]);
  return {
    orgs,
    caseIds: { approaching: approaching.caseId, overdue: overdue.caseId, active: active.caseId },
    citizenNames: names,
    expected,
  };
}
