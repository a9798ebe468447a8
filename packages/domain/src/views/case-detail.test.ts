import { describe, expect, it } from "vitest";
import { completeCitizenAgreement } from "../../test/agreement-fixtures";
import {
  activeCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T3,
  withConsentOfAll,
} from "../../test/fixtures";
import { saveAgreementDraft } from "../agreements/save-agreement-draft";
import { signAgreement } from "../agreements/sign-agreement";
import { alertConditions } from "../alerts/alert-conditions";
import type { CaseState } from "../cases/case-state";
import { recordInterventionChange } from "../change-notices/record-intervention-change";
import { recordConsent } from "../consent/record-consent";
import { updateTeamMember } from "../team/update-team-member";
import { caseDetailFor } from "./case-detail-for";

const sources = { directory: new Map<string, string>(), citizenDocuments: [] };
const detail = (state: CaseState, viewer = contactPerson, at = T3) => {
  const found = caseDetailFor(state, viewer, at, sources);
  if (!found) throw new Error("not visible");
  return found;
};

/** The region's psychiatrist writes the citizen agreement and their own tasks; no consent yet. */
function regionWrote(): CaseState {
  const tasks = expectOk(
    updateTeamMember(
      activeCase(),
      { personId: psychiatrist.personId, tasks: "Depotmedicin hver 14. dag" },
      ctx(psychiatrist, T3),
    ),
  ).state;
  return expectOk(
    saveAgreementDraft(
      tasks,
      { kind: "citizen", content: completeCitizenAgreement },
      ctx(psychiatrist, T3),
    ),
  ).state;
}

describe("caseDetailFor: what a member the consent does not cover gets (R4)", () => {
  it("R4: another organisation's member's tasks are withheld, in the view and the prefill; names and roles are not", () => {
    const page = detail(regionWrote());
    const member = page.view.team.members.find((m) => m.personId === psychiatrist.personId);
    expect(member).toMatchObject({ name: "Peter Psykiater", role: "psykiater", tasks: null });
    expect(member?.tasksWithheld).toBe(true);
    expect(page.view.withheld).toContainEqual({
      kind: "team_member_tasks",
      itemId: psychiatrist.personId,
      organisationId: psychiatrist.organisationId,
      reason: "no_consent",
    });
    expect(JSON.stringify(page)).not.toContain("Depotmedicin");
    expect(page.agreementPrefill.citizen.teamMembers).toContainEqual({
      name: "Peter Psykiater",
      organisation: "Region Midt, Psykiatri",
      roleOrTasks: "psykiater",
    });
    // Their own organisation reads them.
    expect(JSON.stringify(detail(regionWrote(), psychiatrist))).toContain("Depotmedicin");
    // With the citizen's consent they reach the municipality too.
    expect(JSON.stringify(detail(withConsentOfAll(regionWrote(), T3)))).toContain("Depotmedicin");
  });

  it("R4/R11: a version the viewer may not read is not offered for signing: it waits for the consent", () => {
    const state = regionWrote();
    const page = detail(state);
    expect(page.actions.signAgreement.citizen).toEqual([]);
    expect(page.agreementSigning.citizen).toEqual({
      version: 1,
      capacities: ["team", "citizen"],
      blockedBy: "consent",
      consentMustCover: [psychiatrist.organisationId, contactPerson.organisationId],
      missing: [],
    });
    expect(page.tasks.find((t) => t.kind === "sign_agreement")).toMatchObject({
      agreement: "citizen",
      waitsForConsentCovering: [psychiatrist.organisationId, contactPerson.organisationId],
    });
    for (const signAs of ["team", "citizen"] as const) {
      expectError(
        signAgreement(state, { kind: "citizen", version: 1, signAs }, ctx(contactPerson, T3)),
        "AGREEMENT_NOT_READABLE",
      );
    }
    const consented = withConsentOfAll(state, T3);
    const now = detail(consented);
    expect(now.actions.signAgreement.citizen).toEqual(["team", "citizen"]);
    expect(now.agreementSigning.citizen?.blockedBy).toBeNull();
    expect(now.tasks.find((t) => t.kind === "sign_agreement")?.waitsForConsentCovering).toEqual([]);
    expectOk(
      signAgreement(
        consented,
        { kind: "citizen", version: 1, signAs: "team" },
        ctx(contactPerson, T3),
      ),
    );
  });

  it("R10/R11: the missing fields are told from the start, to the coordinator and the leaders alike", () => {
    const draft = expectOk(
      saveAgreementDraft(
        activeCase(),
        { kind: "organisational", content: { overallGoal: "Egen bolig" } },
        ctx(contactPerson, T3),
      ),
    ).state;
    const leader = detail(draft, municipalLeader).agreementSigning.organisational;
    expect(leader?.blockedBy).toBe("incomplete");
    expect(leader?.missing.map((f) => f.key)).toContain("activationReason");
    expect(detail(draft, municipalLeader).actions.signAgreement.organisational).toEqual([]);
    // The coordinator signs no organisational agreement but sees to it that it is written.
    expect(detail(draft).agreementSigning.organisational).toBeNull();
    expect(detail(draft).agreementMissing.organisational?.map((f) => f.key)).toEqual(
      leader?.missing.map((f) => f.key),
    );
    // R4: what a version lacks is part of it: not told to whom it does not reach.
    expect(detail(draft, psychiatrist).agreementMissing.organisational).toBeNull();
    const citizenDraft = expectOk(
      saveAgreementDraft(
        draft,
        { kind: "citizen", content: { citizenGoal: "Egen bolig" } },
        ctx(contactPerson, T3),
      ),
    ).state;
    const coordinator = detail(citizenDraft).agreementSigning.citizen;
    expect(coordinator?.blockedBy).toBe("incomplete");
    expect(coordinator?.missing.map((f) => f.key)).toContain("teamGoal");
  });

  it("R4/R13: a change notice whose text is withheld is acknowledged as told", () => {
    const noticed = expectOk(
      recordInterventionChange(
        activeCase(),
        { noticeId: "n1", description: "Depotmedicinen ophører" },
        ctx(psychiatrist, T3),
      ),
    ).state;
    const page = detail(noticed);
    expect(page.view.changeNotices[0]?.description).toMatchObject({
      shown: false,
      recordedBy: { personId: psychiatrist.personId, name: "Peter Psykiater" },
    });
    expect(page.actions.acknowledgeNoticeIds).toEqual(["n1"]);
    expect(page.tasks.find((t) => t.kind === "acknowledge_change_notice")?.contentWithheld).toBe(
      true,
    );
    const consented = detail(withConsentOfAll(noticed, T3));
    expect(
      consented.tasks.find((t) => t.kind === "acknowledge_change_notice")?.contentWithheld,
    ).toBe(false);
  });

  it("R4: a lapsing consent — on the page and in the alert — only for those who may see it", () => {
    // Recorded by the region, naming the region and the GP: not the municipality.
    const state = expectOk(
      recordConsent(
        activeCase(),
        {
          consentId: "s1",
          method: "oral",
          organisationIds: [regionLeader.organisationId, "laegehuset-syd"],
          givenAt: T3,
          expiresAt: new Date(T3.getTime() + 10 * 86_400_000),
        },
        ctx(psychiatrist, T3),
      ),
    ).state;
    expect(detail(state).consentsLapsingSoon).toEqual([]);
    expect(detail(state, psychiatrist).consentsLapsingSoon.map((c) => c.consentId)).toEqual(["s1"]);
    const alert = alertConditions(state, T3).find((c) => c.kind === "consent.expiring");
    expect(alert?.audience.personIds).toEqual([regionLeader.personId]);
    expect(alert?.audience.personIds).not.toContain(contactPerson.personId);
    expect(alert?.audience.personIds).not.toContain(municipalLeader.personId);
  });
});
