import { randomUUID } from "node:crypto";
import {
  activateCase,
  type CaseCommandResult,
  type CaseEvent,
  type CaseState,
  type ClosingReason,
  closeCase,
  declineInitiative,
  endorseInitiative,
  joinCase,
  mayJoinCase,
  recordConsent,
  recordInterventionChange,
  recordMeetingHeld,
  registerInitiative,
  saveAgreementDraft,
  signAgreement,
} from "@samstemt/domain";
import { saveCase } from "../../src/cases/case-store";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { fictionalCpr } from "../../src/seed/fictional-cpr";
import { inviteByEndorser } from "../../src/seed/invite-by-endorser";
import { actorOf, type TestOrganisations, type TestPerson } from "../../src/testing";

/** One case for the dashboard tests, every step at an exact instant (ISO, UTC). */
export interface DashboardCaseSpec {
  initiator: "region" | "municipality";
  initiativeAt: string;
  rejectsAllHelp?: boolean;
  declinedAt?: string;
  endorsedAt?: string;
  /** Both organisations join; both staff members on the team; the initiator coordinates. */
  activatedAt?: string;
  meetings?: { at: string; kind: "collaboration" | "preparatory"; citizenPresent: boolean }[];
  organisationalAgreement?: { at: string; signed: boolean; supervision: boolean };
  citizenAgreement?: { at: string; signed: boolean };
  changeNoticeAt?: string;
  /** A written consent for other purposes, lapsing a year after it was given (R4). */
  consentGivenAt?: string;
  closed?: { at: string; reason: ClosingReason };
}

// Its own range of fictional CPR numbers, apart from src/testing.ts's and the demo seed's.
let cprSerial = 3_000_000 + Math.floor(Math.random() * 1_000_000);

const orgAgreement = (supervision: boolean) => ({
  citizenName: "Testborger",
  contactPersons: [{ name: "Karen Kontakt", organisation: "Kommune", phone: null, email: null }],
  activationReason: "Gentagne indlæggelser",
  overallGoal: "Stabil bolig",
  goalReachedWhen: "Ingen indlæggelser i et halvt år",
  alignmentWithCitizenGoal: "Borgeren vil blive boende",
  coordinatorName: "Karen Kontakt",
  teamMembers: [{ name: "Karen Kontakt", organisation: "Kommune", roleOrTasks: "Kontaktperson" }],
  meetingFrequency: { every: 1, unit: "month" as const, note: null },
  supervision,
  supervisor: supervision ? "Psykolog Hansen" : null,
  supervisionFunding: supervision ? "Deles ligeligt" : null,
  communicationChannels: [{ channel: "Sikker mail", purpose: null }],
});

const citizenAgreement = {
  citizenName: "Testborger",
  contactPersons: [{ name: "Karen Kontakt", organisation: null, phone: null, email: null }],
  citizenGoal: "At beholde min lejlighed",
  teamGoal: "Færre indlæggelser",
  teamMembers: [{ name: "Karen Kontakt", organisation: "Kommune", roleOrTasks: "Kontaktperson" }],
  citizenExpectations: "At blive hørt",
  teamExpectations: "At borgeren kommer til møderne",
  meetingFrequency: { every: 2, unit: "week" as const, note: null },
  communicationChannels: [{ channel: "Telefon", purpose: null }],
};

/**
 * Plays a case through the domain's own commands (so states and indicator rows are real)
 * and saves it with its projections, computed at `savedAt`.
 */
export async function buildDashboardCase(
  prisma: PrismaClient,
  orgs: TestOrganisations,
  spec: DashboardCaseSpec,
  savedAt: Date,
): Promise<CaseState> {
  const staff = spec.initiator === "region" ? orgs.regionStaff : orgs.municipalityStaff;
  const leader = spec.initiator === "region" ? orgs.regionLeader : orgs.municipalityLeader;
  const other = spec.initiator === "region" ? orgs.municipalityLeader : orgs.regionLeader;
  const otherStaff = spec.initiator === "region" ? orgs.municipalityStaff : orgs.regionStaff;
  const citizen = await prisma.citizen.create({
    data: { name: `Borger ${randomUUID().slice(0, 8)}`, cpr: fictionalCpr(cprSerial++) },
  });
  const events: CaseEvent[] = [];
  const take = (result: CaseCommandResult): CaseState => {
    if (!result.ok)
      throw new Error(
        `dashboard test case: ${result.error.code} ${JSON.stringify(result.error.details)}`,
      );
    events.push(...result.events);
    return result.state;
  };
  const as = (person: TestPerson, at: string) => ({ actor: actorOf(person), now: new Date(at) });
  let state = take(
    registerInitiative(
      {
        caseId: randomUUID(),
        citizen: { citizenId: citizen.id, name: citizen.name },
        initiativeAt: new Date(spec.initiativeAt),
        reasons: { categories: ["self_harm"], text: null },
        citizenStance: spec.rejectsAllHelp ? "rejects_all_help" : "accepts_help",
        citizenStanceNote: null,
      },
      as(staff, spec.initiativeAt),
    ),
  );
  if (spec.declinedAt) {
    state = take(
      declineInitiative(state, { reason: "Ikke i målgruppen" }, as(leader, spec.declinedAt)),
    );
  }
  if (spec.endorsedAt) {
    state = take(endorseInitiative(state, { note: null }, as(leader, spec.endorsedAt)));
  }
  if (spec.activatedAt) {
    const at = spec.activatedAt;
    for (const joining of [leader, other]) {
      if (!mayJoinCase(state, joining.organisationId)) {
        state = take(inviteByEndorser(state, joining.organisationId, new Date(at)));
      }
      state = take(joinCase(state, { organisationName: null }, as(joining, at)));
    }
    state = take(
      activateCase(
        state,
        {
          members: [staff, otherStaff].map((member) => ({
            personId: member.id,
            name: member.name,
            organisationId: member.organisationId,
            role: "Kontaktperson",
            tasks: null,
            contact: { phone: null, email: `${member.username}@test.invalid`, other: null },
          })),
          coordinatorPersonId: staff.id,
        },
        as(leader, at),
      ),
    );
  }
  for (const meeting of spec.meetings ?? []) {
    state = take(
      recordMeetingHeld(
        state,
        {
          meetingId: randomUUID(),
          kind: meeting.kind,
          heldAt: new Date(meeting.at),
          citizenPresent: meeting.citizenPresent,
        },
        as(staff, meeting.at),
      ),
    );
  }
  // R4: the team signs only what the consent lets it read; a consent for treatment without
  // expiry lets signing happen without touching the lapse figures the tests count.
  const consentToSign = (at: string) => {
    if (state.consents.length > 0) return;
    state = take(
      recordConsent(
        state,
        {
          consentId: randomUUID(),
          method: "oral",
          purpose: "treatment",
          organisationIds: [
            orgs.regionLeader.organisationId,
            orgs.municipalityLeader.organisationId,
          ],
          givenAt: new Date(at),
          note: null,
        },
        as(staff, at),
      ),
    );
  };
  if (spec.organisationalAgreement) {
    const { at, signed, supervision } = spec.organisationalAgreement;
    const content = signed ? orgAgreement(supervision) : { citizenName: "Testborger" };
    state = take(saveAgreementDraft(state, { kind: "organisational", content }, as(staff, at)));
    if (signed) {
      consentToSign(at);
      for (const signer of [leader, other]) {
        state = take(
          signAgreement(
            state,
            { kind: "organisational", version: 1, signAs: "leader" },
            as(signer, at),
          ),
        );
      }
    }
  }
  if (spec.citizenAgreement) {
    const { at, signed } = spec.citizenAgreement;
    const content = signed ? citizenAgreement : { citizenName: "Testborger" };
    state = take(saveAgreementDraft(state, { kind: "citizen", content }, as(staff, at)));
    if (signed) {
      consentToSign(at);
      for (const signAs of ["team", "citizen"] as const) {
        state = take(signAgreement(state, { kind: "citizen", version: 1, signAs }, as(staff, at)));
      }
    }
  }
  if (spec.changeNoticeAt) {
    state = take(
      recordInterventionChange(
        state,
        { noticeId: randomUUID(), description: "Ny behandler" },
        as(staff, spec.changeNoticeAt),
      ),
    );
  }
  if (spec.consentGivenAt) {
    state = take(
      recordConsent(
        state,
        {
          consentId: randomUUID(),
          method: "written",
          purpose: "other",
          organisationIds: [
            orgs.regionLeader.organisationId,
            orgs.municipalityLeader.organisationId,
          ],
          givenAt: new Date(spec.consentGivenAt),
          note: null,
        },
        as(staff, spec.consentGivenAt),
      ),
    );
  }
  if (spec.closed) {
    state = take(
      closeCase(state, { reason: spec.closed.reason, note: null }, as(leader, spec.closed.at)),
    );
  }
  await prisma.$transaction((tx) =>
    saveCase(tx, { state, events, expectedVersion: null, now: savedAt }),
  );
  return state;
}
