// Issue 7, point 3: who may see a case is decided in the domain, and the database filter that
// lists cases must give the same answer — for every demo case × every demo person, and for
// generated cases (members who left the team, invited-only organisations, excluded, declined
// and closed cases). Every database path is checked: the list, the single-case check and the
// dashboard's filter on the indicator rows' visibility keys.
import {
  type Actor,
  type CaseState,
  caseAccessFor,
  caseStatuses,
  joinableStatuses,
  mayViewCase,
} from "@samstemt/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOpenInvitations } from "../../src/case-lists/list-open-invitations";
import { listVisibleCases } from "../../src/case-lists/list-visible-cases";
import { loadCaseState } from "../../src/cases/case-store";
import type { Database } from "../../src/client/database";
import { scopedIndicatorFilterSql } from "../../src/dashboard/dashboard-scope";
import { Prisma } from "../../src/generated/prisma/client";
import { demoCases } from "../../src/seed/demo-cases";
import { demoOrganisations } from "../../src/seed/demo-organisations";
import { demoQuarterHistory } from "../../src/seed/quarter-history";
import { seedDemoData } from "../../src/seed/seed-demo";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../../src/testing";
import { isCaseVisibleTo } from "../../src/visibility/is-case-visible";
import {
  type CaseScript,
  caseScript,
  createVisibilityWorld,
  storeScriptedCase,
} from "./visibility-world";

interface Answer {
  caseId: string;
  personId: string;
  role: string;
  domain: boolean;
  list: boolean;
  single: boolean;
  /** The leader dashboard: the case's indicator row passes the viewer's key filter. */
  dashboard: boolean;
  /** R6: the domain lets the person only answer an invitation… */
  domainAnswersInvitation: boolean;
  /** …and the database lists the invitation for their organisation. */
  invitationListed: boolean;
}

/** Every case × every person, asked three ways; returns the answers. */
async function answers(
  database: Database,
  states: readonly CaseState[],
  people: readonly Actor[],
): Promise<Answer[]> {
  const all: Answer[] = [];
  for (const person of people) {
    const listed = new Set(
      (await listVisibleCases(database, person, { limit: 100_000 })).map((row) => row.caseId),
    );
    // The invitation list is for leaders only (my-invitations is a leader procedure).
    const invited = new Set(
      person.role === "leader"
        ? (
            await listOpenInvitations(database, {
              organisationId: person.organisationId,
              caseStatuses: joinableStatuses,
              limit: 100_000,
            })
          ).map((row) => row.caseId)
        : [],
    );
    const onDashboard = new Set(
      (
        await database.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT i."case_id" AS "id" FROM "case_indicator" i
            WHERE ${scopedIndicatorFilterSql(person, { kind: "all" }, Prisma.sql`i`)}`,
        )
      ).map((row) => row.id),
    );
    for (const state of states) {
      all.push({
        caseId: state.caseId,
        personId: person.personId,
        role: person.role,
        domain: mayViewCase(state, person),
        list: listed.has(state.caseId),
        single: await isCaseVisibleTo(database, person, state.caseId),
        dashboard: onDashboard.has(state.caseId),
        domainAnswersInvitation: caseAccessFor(state, person) === "answer_invitation",
        invitationListed: invited.has(state.caseId),
      });
    }
  }
  return all;
}

const disagreements = (all: readonly Answer[]) =>
  all.filter(
    (answer) =>
      answer.list !== answer.domain ||
      answer.single !== answer.domain ||
      answer.dashboard !== answer.domain ||
      answer.invitationListed !== answer.domainAnswersInvitation,
  );

/** A guided step: what it does follows from the case's status and `choice` (visibility-world.ts). */
const guidedStep = (choice: number, picks: number[] = [0]) =>
  ({ kind: "endorse", guided: true, choice, actor: 0, picks }) as const;

/**
 * Hand-made stories that reach what the random ones reach only most of the time. In the world's
 * order, initiator 0 is the municipality's Socialpsykiatri leader; each guided step's `choice`
 * indexes `sensibleSteps` for the status at that point.
 */
const activeWithLeaverAndInvitation: CaseScript = {
  initiator: 0,
  rejectsAllHelp: false,
  steps: [
    guidedStep(0), // endorse (R5)
    guidedStep(0), // the municipality joins
    guidedStep(0), // invite the region (R6)
    guidedStep(0), // the region joins
    guidedStep(0), // invite the general practice, which never answers: a standing invitation
    guidedStep(6, [1, 6]), // activate with a municipal and a regional member of staff
    guidedStep(2, [1]), // the regional member leaves the team
  ],
};
const coverageExamples: [CaseScript[]][] = [
  [
    [
      { initiator: 0, rejectsAllHelp: false, steps: [] }, // initiated
      { initiator: 1, rejectsAllHelp: true, steps: [] }, // R3: excluded at once
      { initiator: 0, rejectsAllHelp: false, steps: [guidedStep(6)] }, // declined (R5)
    ],
  ],
  [
    [
      activeWithLeaverAndInvitation,
      { initiator: 0, rejectsAllHelp: false, steps: [guidedStep(0)] }, // endorsed
      {
        ...activeWithLeaverAndInvitation,
        steps: [...activeWithLeaverAndInvitation.steps, guidedStep(7)], // then closed
      },
    ],
  ],
];

/** A member who has left the team and has no other reason to see the case. */
const onlyFormerMember = (state: CaseState, person: Actor) =>
  state.team.formerMembers.some((member) => member.personId === person.personId) &&
  !state.team.members.some((member) => member.personId === person.personId) &&
  state.initiative.initiator.personId !== person.personId;

describe.each(testDatabaseKinds())("who may see a case, database and domain, on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it("agree on every demo case for every demo person", async () => {
    await seedDemoData(db, new Date("2026-11-23T10:00:00Z"));
    const rows = await db.prisma.case.findMany({ select: { id: true } });
    const states: CaseState[] = [];
    for (const row of rows) {
      const state = await loadCaseState(db.prisma, row.id);
      if (state) states.push(state);
    }
    const people = (
      await db.prisma.person.findMany({
        where: { demo: true },
        include: { unit: { include: { organisation: true } } },
      })
    ).map(
      (person): Actor => ({
        personId: person.id,
        name: person.name,
        organisationId: person.unit.organisationId,
        unitId: person.unitId,
        sector: person.unit.organisation.sector,
        role: person.role,
      }),
    );
    const all = await answers(db, states, people);
    expect(disagreements(all)).toEqual([]);
    const demoPeople = demoOrganisations.flatMap((o) => o.units.flatMap((u) => u.people));
    expect({ cases: states.length, people: people.length, pairs: all.length }).toEqual({
      cases: demoCases.length + demoQuarterHistory.length,
      people: demoPeople.length,
      pairs: (demoCases.length + demoQuarterHistory.length) * demoPeople.length,
    });
    console.info(`case visibility on ${kind}: demo`, {
      cases: states.length,
      people: people.length,
      pairs: all.length,
      visiblePairs: all.filter((answer) => answer.domain).length,
      invitationPairs: all.filter((answer) => answer.domainAnswersInvitation).length,
    });
    // Not vacuous: some see, some do not.
    expect(all.filter((answer) => answer.domain).length).toBeGreaterThan(12);
    expect(all.filter((answer) => !answer.domain).length).toBeGreaterThan(12);
  });

  it("agree on generated cases, including members who have left the team", async () => {
    const people = await createVisibilityWorld(db);
    const seen = {
      pairs: 0,
      cases: 0,
      formerMemberPairs: 0,
      visiblePairs: 0,
      invitationPairs: 0,
      statuses: {} as Record<string, number>,
    };
    await fc.assert(
      fc.asyncProperty(fc.array(caseScript, { minLength: 1, maxLength: 3 }), async (scripts) => {
        const states: CaseState[] = [];
        for (const script of scripts) states.push(await storeScriptedCase(db, people, script));
        const all = await answers(db, states, people);
        expect(disagreements(all)).toEqual([]);
        seen.cases += states.length;
        seen.pairs += all.length;
        seen.visiblePairs += all.filter((answer) => answer.domain).length;
        seen.invitationPairs += all.filter((answer) => answer.domainAnswersInvitation).length;
        for (const state of states) {
          seen.statuses[state.status] = (seen.statuses[state.status] ?? 0) + 1;
          seen.formerMemberPairs += people.filter((p) => onlyFormerMember(state, p)).length;
        }
      }),
      // No shrinking: every step of it replays cases through the database, which takes many
      // minutes; the failed assertion already names each case and person that disagree.
      // The examples make sure every status, a member who has left and a standing invitation
      // occur however the random draw falls (without them the checks below failed about one
      // run in twelve on PostgreSQL's 25 runs): see `coverageExamples`.
      {
        numRuns: kind === "pglite" ? 40 : 25,
        endOnFailure: true,
        examples: coverageExamples,
      },
    );
    console.info(`case visibility on ${kind}: generated`, seen);
    // The generator reaches the cases that matter, or this test would prove little.
    expect(seen.formerMemberPairs).toBeGreaterThan(0);
    expect(seen.visiblePairs).toBeGreaterThan(0);
    expect(seen.visiblePairs).toBeLessThan(seen.pairs);
    expect(seen.invitationPairs).toBeGreaterThan(0);
    expect(Object.keys(seen.statuses).sort()).toEqual([...caseStatuses].sort());
  }, 300_000);
});
