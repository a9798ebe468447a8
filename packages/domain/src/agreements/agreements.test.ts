import { describe, expect, it } from "vitest";
import {
  completeCitizenAgreement,
  completeOrganisationalAgreement,
} from "../../test/agreement-fixtures";
import {
  consentedActiveCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  gpLeader,
  joinedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
} from "../../test/fixtures";
import { agreedMeetingFrequency, caseOverview, currentAgreement } from "../cases/case-queries";
import { joinCase } from "../cases/join-case";
import { agreementCompleteness } from "./agreement-completeness";
import { agreementDraftFromCase } from "./agreement-draft-from-case";
import { organisationalAgreementFields } from "./agreement-fields";
import { CitizenAgreementSchema, OrganisationalAgreementSchema } from "./agreement-schemas";
import { saveAgreementDraft } from "./save-agreement-draft";
import type { SignAgreementCommand } from "./sign-agreement";
import { signAgreement } from "./sign-agreement";

describe("R10/R11 agreement completeness", () => {
  it("R10: names every missing field by key with the template's Danish label", () => {
    const result = agreementCompleteness("organisational", {
      citizenName: "Jens",
      contactPersons: [],
      overallGoal: "  ",
    });
    expect(result.complete).toBe(false);
    expect(result.missing.map((f) => f.key)).toEqual([
      "contactPersons",
      "activationReason",
      "overallGoal",
      "goalReachedWhen",
      "alignmentWithCitizenGoal",
      "coordinatorName",
      "teamMembers",
      "meetingFrequency",
      "supervision",
      "communicationChannels",
    ]);
    expect(result.missing[0]?.label.da).toBe("Navn på kontaktperson(er)");
    expect(result.missing.at(-1)).toMatchObject({
      rule: "R15",
      label: { da: "Aftaler angående kommunikationsvej" },
    });
  });

  it("R10: who supervises and the funding are required only with supervision", () => {
    expect(agreementCompleteness("organisational", completeOrganisationalAgreement)).toEqual({
      complete: true,
      missing: [],
    });
    const withSupervision = { ...completeOrganisationalAgreement, supervision: true };
    expect(
      agreementCompleteness("organisational", withSupervision).missing.map((f) => f.key),
    ).toEqual(["supervisor", "supervisionFunding"]);
  });

  it("R11: the citizen agreement has the template's eight fields plus communication channels", () => {
    expect(agreementCompleteness("citizen", {}).missing.map((f) => f.label.da)).toEqual([
      "Navnet på borger/patient",
      "Navn på kontaktperson(er)",
      "Borgerens/patientens mål for den samlede indsats",
      "Teamets mål for den samlede indsats",
      "Teamets medlemmer og deres roller/opgaver",
      "Borgerens/patientens forventninger til samarbejdet",
      "Teamets forventninger til samarbejdet",
      "Mødehyppighed i teamet",
      "Aftaler angående kommunikationsvej",
    ]);
    expect(agreementCompleteness("citizen", completeCitizenAgreement).complete).toBe(true);
  });

  it("R10/R11: the complete schemas accept complete agreements and list the template's fields", () => {
    expect(OrganisationalAgreementSchema.parse(completeOrganisationalAgreement)).toEqual(
      completeOrganisationalAgreement,
    );
    expect(
      CitizenAgreementSchema.safeParse({ ...completeCitizenAgreement, teamGoal: "" }).success,
    ).toBe(false);
    expect(organisationalAgreementFields.map((f) => f.key)).toEqual(
      Object.keys(OrganisationalAgreementSchema.shape),
    );
  });
});

describe("R10/R11 drafting and signing", () => {
  const saveOrg = (
    state = consentedActiveCase(),
    content: object = completeOrganisationalAgreement,
  ) => saveAgreementDraft(state, { kind: "organisational", content }, ctx(contactPerson, T3));

  it("R10: a draft is saved as version 1 and overwritten while unsigned", () => {
    const first = expectOk(saveOrg(consentedActiveCase(), { citizenName: "Jens" }));
    expect(first.state.agreements.organisational).toHaveLength(1);
    expect(first.events[0]).toMatchObject({
      type: "AgreementDraftSaved",
      version: 1,
      newVersion: true,
    });
    const second = expectOk(saveOrg(first.state));
    expect(second.state.agreements.organisational).toHaveLength(1);
    expect(second.state.agreements.organisational[0]?.content.overallGoal).toBe(
      "Stabil bolig og behandling",
    );
    expect(second.events[0]).toMatchObject({ version: 1, newVersion: false });
  });

  it("R10: an incomplete agreement cannot be signed; the error names each missing field", () => {
    const draft = expectOk(
      saveOrg(consentedActiveCase(), {
        ...completeOrganisationalAgreement,
        overallGoal: null,
        supervision: true,
      }),
    ).state;
    const error = expectError(
      signAgreement(
        draft,
        { kind: "organisational", version: 1, signAs: "leader" },
        ctx(municipalLeader),
      ),
      "AGREEMENT_INCOMPLETE",
    );
    expect(error.rule).toBe("R10");
    expect(
      (error.details?.missing as Array<{ key: string }> | undefined)?.map((m) => m.key),
    ).toEqual(["overallGoal", "supervisor", "supervisionFunding"]);
  });

  it("R10: leaders of every participating organisation sign; then it is signed and frozen", () => {
    const draft = expectOk(saveOrg()).state;
    const sign: SignAgreementCommand = { kind: "organisational", version: 1, signAs: "leader" };
    const one = expectOk(signAgreement(draft, sign, ctx(municipalLeader, T3)));
    expect(one.state.agreements.organisational[0]?.status).toBe("signing");
    expect(one.events.map((e) => e.type)).toEqual(["AgreementSignatureAdded"]);
    expectError(
      signAgreement(one.state, sign, ctx(municipalLeader, T3)),
      "AGREEMENT_ALREADY_SIGNED",
    );
    const both = expectOk(signAgreement(one.state, sign, ctx(regionLeader, T3)));
    expect(both.events.map((e) => e.type)).toEqual(["AgreementSignatureAdded", "AgreementSigned"]);
    const signed = both.state.agreements.organisational[0];
    expect(signed).toMatchObject({ status: "signed", signedAt: T3 });
    expect(signed?.signatures.map((s) => s.organisationId)).toEqual([
      "aarhus-kommune",
      "region-midt-psykiatri",
    ]);
    expect(currentAgreement(both.state, "organisational")?.version).toBe(1);
    expect(agreedMeetingFrequency(both.state)).toEqual({ every: 1, unit: "month", note: null });
    // R11: the citizen agreement starts from the frequency the leaders agreed.
    expect(agreementDraftFromCase(both.state, "citizen").meetingFrequency).toEqual({
      every: 1,
      unit: "month",
      note: null,
    });
    expectError(signAgreement(both.state, sign, ctx(regionLeader, T3)), "AGREEMENT_ALREADY_SIGNED");

    // A signed agreement is never edited: a change makes version 2, and version 1 stays.
    const changed = expectOk(
      saveOrg(both.state, { ...completeOrganisationalAgreement, overallGoal: "Nyt mål" }),
    );
    expect(changed.events[0]).toMatchObject({ version: 2, newVersion: true });
    expect(changed.state.agreements.organisational[0]).toEqual(signed);
    expect(changed.state.agreements.organisational[1]).toMatchObject({
      version: 2,
      status: "draft",
    });
    expect(currentAgreement(changed.state, "organisational")?.version).toBe(1);
    expectError(
      signAgreement(changed.state, sign, ctx(regionLeader, T3)),
      "AGREEMENT_NOT_LATEST_VERSION",
    );
    expectError(
      signAgreement(changed.state, { ...sign, version: 3 }, ctx(regionLeader, T3)),
      "AGREEMENT_NOT_FOUND",
    );
  });

  it("R10: a partly signed version is frozen too: saving makes a new version", () => {
    const one = expectOk(
      signAgreement(
        expectOk(saveOrg()).state,
        { kind: "organisational", version: 1, signAs: "leader" },
        ctx(municipalLeader, T3),
      ),
    );
    const changed = expectOk(saveOrg(one.state));
    expect(changed.state.agreements.organisational.map((v) => [v.version, v.status])).toEqual([
      [1, "signing"],
      [2, "draft"],
    ]);
  });

  it("R10: staff, non-participating leaders and other capacities may not sign the organisational agreement", () => {
    const draft = expectOk(saveOrg()).state;
    const sign: SignAgreementCommand = { kind: "organisational", version: 1, signAs: "leader" };
    expect(
      expectError(signAgreement(draft, sign, ctx(contactPerson)), "SIGNATORY_NOT_ALLOWED").rule,
    ).toBe("R10");
    expectError(signAgreement(draft, sign, ctx(gpLeader)), "SIGNATORY_NOT_ALLOWED");
    expectError(
      signAgreement(draft, { ...sign, signAs: "team" }, ctx(municipalLeader)),
      "SIGNATORY_NOT_ALLOWED",
    );
  });

  it("R10: an organisation joining before the last signature must sign too", () => {
    const draft = expectOk(saveOrg()).state;
    const sign: SignAgreementCommand = { kind: "organisational", version: 1, signAs: "leader" };
    const withGp = expectOk(joinCase(draft, {}, ctx(gpLeader, T3))).state;
    const two = expectOk(
      signAgreement(
        expectOk(signAgreement(withGp, sign, ctx(municipalLeader))).state,
        sign,
        ctx(regionLeader),
      ),
    );
    expect(two.state.agreements.organisational[0]?.status).toBe("signing");
    expect(
      expectOk(signAgreement(two.state, sign, ctx(gpLeader))).state.agreements.organisational[0]
        ?.status,
    ).toBe("signed");
  });

  it("R11: the citizen (recorded by a team member) and the team sign the citizen agreement", () => {
    const draft = expectOk(
      saveAgreementDraft(
        consentedActiveCase(),
        { kind: "citizen", content: completeCitizenAgreement },
        ctx(psychiatrist, T3),
      ),
    ).state;
    const sign = { kind: "citizen" as const, version: 1 };
    expect(
      expectError(
        signAgreement(draft, { ...sign, signAs: "leader" }, ctx(municipalLeader)),
        "SIGNATORY_NOT_ALLOWED",
      ).rule,
    ).toBe("R11");
    expectError(
      signAgreement(draft, { ...sign, signAs: "team" }, ctx(regionLeader)),
      "SIGNATORY_NOT_ALLOWED",
    );
    const citizen = expectOk(
      signAgreement(draft, { ...sign, signAs: "citizen" }, ctx(contactPerson, T3)),
    );
    expectError(
      signAgreement(citizen.state, { ...sign, signAs: "citizen" }, ctx(psychiatrist, T3)),
      "AGREEMENT_ALREADY_SIGNED",
    );
    const team = expectOk(
      signAgreement(citizen.state, { ...sign, signAs: "team" }, ctx(psychiatrist, T3)),
    );
    expect(team.state.agreements.citizen[0]?.status).toBe("signed");
    expect(agreedMeetingFrequency(team.state)).toEqual({ every: 2, unit: "week", note: null });
  });

  it("R11: the team member records how and when the citizen agreed, never in the future", () => {
    const draft = expectOk(
      saveAgreementDraft(
        consentedActiveCase(),
        { kind: "citizen", content: completeCitizenAgreement },
        ctx(psychiatrist, T3),
      ),
    ).state;
    const sign = { kind: "citizen" as const, version: 1, signAs: "citizen" as const };
    const agreedAt = new Date(T3.getTime() - 3_600_000);
    const signed = expectOk(
      signAgreement(
        draft,
        { ...sign, citizenAgreement: { how: "on_paper", agreedAt } },
        ctx(contactPerson, T3),
      ),
    ).state;
    expect(signed.agreements.citizen[0]?.signatures[0]?.citizenAgreement).toEqual({
      how: "on_paper",
      agreedAt,
    });
    expectError(
      signAgreement(
        draft,
        { ...sign, citizenAgreement: { how: "in_person", agreedAt: new Date(T3.getTime() + 1) } },
        ctx(contactPerson, T3),
      ),
      "CITIZEN_AGREED_OUTSIDE_WINDOW",
    );
    // Only the citizen's signature carries it.
    const team = expectOk(
      signAgreement(
        draft,
        { ...sign, signAs: "team", citizenAgreement: { how: "on_paper", agreedAt } },
        ctx(contactPerson, T3),
      ),
    ).state;
    expect(team.agreements.citizen[0]?.signatures[0]?.citizenAgreement).toBeNull();
  });

  it("R10/R11: agreements are written for active cases by people on the case", () => {
    expectError(saveOrg(joinedCase()), "WRONG_CASE_STATUS");
    const outsider = { ...gpLeader, role: "staff" as const };
    expectError(
      saveAgreementDraft(consentedActiveCase(), { kind: "citizen", content: {} }, ctx(outsider)),
      "NOT_A_CASE_PARTICIPANT",
    );
    expectError(
      // @ts-expect-error — TypeScript callers cannot send an unknown kind; untyped ones are refused at run time.
      saveAgreementDraft(consentedActiveCase(), { kind: "other", content: {} }, ctx(contactPerson)),
      "INVALID_COMMAND",
    );
  });

  it("R14: a draft is prefilled from what the case knows", () => {
    const organisational = agreementDraftFromCase(consentedActiveCase(), "organisational");
    expect(organisational).toEqual({
      citizenName: "Jens Jensen",
      coordinatorName: "Karen Kontakt",
      activationReason:
        "Selvskade; Gentagne indlæggelser efter samme mønster; Tre indlæggelser i år",
      teamMembers: [
        { name: "Karen Kontakt", organisation: "Aarhus Kommune", roleOrTasks: "kontaktperson" },
        {
          name: "Peter Psykiater",
          organisation: "Region Midt, Psykiatri",
          roleOrTasks: "psykiater",
        },
      ],
    });
    const citizen = agreementDraftFromCase(joinedCase(), "citizen");
    expect(citizen).toEqual({ citizenName: "Jens Jensen", teamMembers: [] });
  });

  it("R14: an organisation the case has no name for is named from the directory, never by id", () => {
    const state = consentedActiveCase();
    const unnamed = {
      ...state,
      organisations: state.organisations.map((o) =>
        o.organisationId === "aarhus-kommune" ? { ...o, organisationName: null } : o,
      ),
    };
    const organisationsOf = (directory?: ReadonlyMap<string, string>) =>
      (agreementDraftFromCase(unnamed, "citizen", directory).teamMembers ?? []).map(
        (m) => m.organisation,
      );
    expect(organisationsOf(new Map([["aarhus-kommune", "Aarhus Kommune (register)"]]))).toEqual([
      "Aarhus Kommune (register)",
      "Region Midt, Psykiatri",
    ]);
    // Unknown to both: left for the team to write, and the completeness check names it.
    expect(organisationsOf()).toEqual(["", "Region Midt, Psykiatri"]);
    const draft = agreementDraftFromCase(unnamed, "citizen");
    expect(agreementCompleteness("citizen", draft).missing.map((f) => f.key)).toContain(
      "teamMembers",
    );
  });

  it("caseOverview summarises agreements, deadline and coordinator for the dashboard", () => {
    const draft = expectOk(saveOrg(consentedActiveCase(), { citizenName: "Jens" })).state;
    const overview = caseOverview(draft, T3);
    expect(overview.hasCoordinator).toBe(true);
    expect(overview.deadline.state).toBe("open");
    expect(overview.agreements.organisational).toMatchObject({ signed: false, latestVersion: 1 });
    expect(overview.agreements.organisational.missingFields).toContain("overallGoal");
    expect(overview.agreements.citizen).toEqual({
      signed: false,
      latestVersion: null,
      missingFields: [],
    });
  });
});
