import { expect } from "vitest";
import type { Actor } from "../src/actors/actor";
import { activateCase } from "../src/cases/activate-case";
import type { CaseEvent } from "../src/cases/case-events";
import type { CaseState } from "../src/cases/case-state";
import type { CaseCommandResult, CommandContext } from "../src/cases/command";
import { inviteOrganisation } from "../src/cases/invite-organisation";
import { joinCase } from "../src/cases/join-case";
import { recordConsent } from "../src/consent/record-consent";
import type { DomainErrorCode } from "../src/errors/domain-error";
import { endorseInitiative } from "../src/initiative/endorse-initiative";
import {
  type RegisterInitiativeCommand,
  registerInitiative,
} from "../src/initiative/register-initiative";
import type { NewTeamMember } from "../src/team/team-member";

export const at = (iso: string) => new Date(iso);
export const T0 = at("2025-03-03T09:00:00Z");
export const T1 = at("2025-03-04T09:00:00Z");
export const T2 = at("2025-03-10T09:00:00Z");
export const T3 = at("2025-03-20T09:00:00Z");

const actor = (a: Actor): Actor => a;
/** A contact person in municipal social psychiatry: takes the initiative (R5). */
export const contactPerson = actor({
  personId: "p-kontakt",
  name: "Karen Kontakt",
  organisationId: "aarhus-kommune",
  unitId: "socialpsykiatri-nord",
  sector: "municipality",
  role: "staff",
});
/** The contact person's own leader (R5). */
export const municipalLeader = actor({
  personId: "p-leder-kommune",
  name: "Lars Leder",
  organisationId: "aarhus-kommune",
  unitId: "socialpsykiatri-nord",
  sector: "municipality",
  role: "leader",
});
/** A leader in the same municipality, another unit: not the initiator's own leader. */
export const otherUnitLeader = actor({
  personId: "p-leder-jobcenter",
  organisationId: "aarhus-kommune",
  unitId: "jobcenter",
  sector: "municipality",
  role: "leader",
});
export const regionLeader = actor({
  personId: "p-leder-region",
  name: "Rikke Region",
  organisationId: "region-midt-psykiatri",
  unitId: "ambulatorium-vest",
  sector: "region",
  role: "leader",
});
export const psychiatrist = actor({
  personId: "p-psykiater",
  name: "Peter Psykiater",
  organisationId: "region-midt-psykiatri",
  unitId: "ambulatorium-vest",
  sector: "region",
  role: "staff",
});
export const gpLeader = actor({
  personId: "p-laege",
  organisationId: "laegehuset-syd",
  unitId: "laegehuset-syd",
  sector: "general_practice",
  role: "leader",
});
export const secondMunicipalLeader = actor({
  personId: "p-leder-kommune-2",
  organisationId: "skive-kommune",
  unitId: "misbrug",
  sector: "municipality",
  role: "leader",
});
export const analyst = actor({
  personId: "p-analytiker",
  organisationId: "region-midt",
  unitId: "analyse",
  sector: "region",
  role: "analyst",
});

export const ctx = (a: Actor, now: Date = T1): CommandContext => ({ actor: a, now });

export function memberFrom(a: Actor, overrides: Partial<NewTeamMember> = {}): NewTeamMember {
  return {
    personId: a.personId,
    name: a.name ?? a.personId,
    organisationId: a.organisationId,
    role: a.role === "leader" ? "leder" : "kontaktperson",
    tasks: null,
    contact: { phone: "+45 12 34 56 78", email: null, other: null },
    notDirectlyInvolved: false,
    ...overrides,
  };
}

export function expectOk(result: CaseCommandResult): { state: CaseState; events: CaseEvent[] } {
  if (!result.ok)
    throw new Error(`expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result;
}

export function expectError(result: CaseCommandResult, code: DomainErrorCode) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.error.code).toBe(code);
  expect(result.error.message.da.length).toBeGreaterThan(0);
  expect(result.error.message.en.length).toBeGreaterThan(0);
  return result.error;
}

export const registerInput: RegisterInitiativeCommand = {
  caseId: "case-1",
  citizen: { citizenId: "borger-1", name: "Jens Jensen" },
  initiativeAt: T0,
  reasons: { categories: ["self_harm", "repeated_admissions"], text: "Tre indlæggelser i år" },
  citizenStance: "accepts_some_help",
};

export const initiatedCase = (): CaseState =>
  expectOk(registerInitiative(registerInput, ctx(contactPerson, T1))).state;

/** Endorsed by the initiator's own leader; no other organisation asked yet (R6). */
export const endorsedUninvitedCase = (): CaseState =>
  expectOk(endorseInitiative(initiatedCase(), {}, ctx(municipalLeader, T1))).state;

/** The organisations the endorsing leader asks to take part (R6): region, GP, Skive. */
export const invitedPartners = [regionLeader, gpLeader, secondMunicipalLeader];

/** Endorsed, with the region, the GP and a second municipality invited (R6). */
export const endorsedCase = (): CaseState =>
  invitedPartners.reduce(
    (state, partner) =>
      expectOk(
        inviteOrganisation(
          state,
          { organisationId: partner.organisationId },
          ctx(municipalLeader, T1),
        ),
      ).state,
    endorsedUninvitedCase(),
  );

/** Endorsed, with the municipality and the region joined (two sectors, R6). */
export const joinedCase = (): CaseState => {
  const municipal = expectOk(
    joinCase(endorsedCase(), { organisationName: "Aarhus Kommune" }, ctx(municipalLeader, T2)),
  );
  return expectOk(
    joinCase(
      municipal.state,
      { organisationName: "Region Midt, Psykiatri" },
      ctx(regionLeader, T2),
    ),
  ).state;
};

/** Active: contact person (coordinator) and psychiatrist in the team. */
export const activeCase = (): CaseState =>
  expectOk(
    activateCase(
      joinedCase(),
      {
        members: [memberFrom(contactPerson), memberFrom(psychiatrist, { role: "psykiater" })],
        coordinatorPersonId: contactPerson.personId,
      },
      ctx(municipalLeader, T2),
    ),
  ).state;

/** Every organisation in these fixtures, as a consent names them (R4). */
export const allOrganisationIds = [
  contactPerson.organisationId,
  regionLeader.organisationId,
  gpLeader.organisationId,
  secondMunicipalLeader.organisationId,
];

/**
 * R4: the citizen's oral consent to exchange information between every organisation here,
 * given when the initiative was taken and recorded at `now`.
 */
export const withConsentOfAll = (state: CaseState, now: Date = T2): CaseState =>
  expectOk(
    recordConsent(
      state,
      {
        consentId: "samtykke-alle",
        method: "oral",
        organisationIds: allOrganisationIds,
        givenAt: T0,
      },
      ctx(contactPerson, now),
    ),
  ).state;

/** Active, with the citizen's consent covering every organisation (R4). */
export const consentedActiveCase = (): CaseState => withConsentOfAll(activeCase());
