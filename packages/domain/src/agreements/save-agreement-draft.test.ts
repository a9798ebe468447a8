import { describe, expect, it } from "vitest";
import { completeCitizenAgreement } from "../../test/agreement-fixtures";
import {
  activeCase,
  contactPerson,
  ctx,
  expectError,
  expectOk,
  psychiatrist,
  T3,
  withConsentOfAll,
} from "../../test/fixtures";
import type { CaseState } from "../cases/case-state";
import { caseActionsFor } from "../views/case-actions";
import { saveAgreementDraft } from "./save-agreement-draft";
import { signAgreement } from "./sign-agreement";

/** The region's psychiatrist writes the citizen agreement; no consent lets it reach the municipality. */
const regionWrote = (state: CaseState = activeCase()): CaseState =>
  expectOk(
    saveAgreementDraft(
      state,
      { kind: "citizen", content: completeCitizenAgreement },
      ctx(psychiatrist, T3),
    ),
  ).state;

const overwrite = { kind: "citizen" as const, content: { citizenGoal: "Egen bolig" } };

describe("saveAgreementDraft: only a person who reads the latest version edits it (R4, R10/R11)", () => {
  it("R4: an unsigned draft the consent keeps from the person is neither offered nor overwritten", () => {
    const state = regionWrote();
    const error = expectError(
      saveAgreementDraft(state, overwrite, ctx(contactPerson, T3)),
      "AGREEMENT_DRAFT_NOT_READABLE",
    );
    expect(error.rule).toBe("R4");
    expect(error.message.da).toContain("samtykke");
    expect(error.details).toEqual({
      kind: "citizen",
      version: 1,
      consentMustCover: [psychiatrist.organisationId, contactPerson.organisationId],
    });
    expect(caseActionsFor(state, contactPerson, T3).editAgreements).toEqual({
      citizen: false,
      // Nothing is written yet of the other one: there is nothing to keep from them.
      organisational: true,
    });
    // The organisation that wrote it goes on editing it.
    expect(caseActionsFor(state, psychiatrist, T3).editAgreements.citizen).toBe(true);
    expectOk(saveAgreementDraft(state, overwrite, ctx(psychiatrist, T3)));
  });

  it("R4: once the citizen's consent lets the content reach the person, they edit it", () => {
    const state = withConsentOfAll(regionWrote(), T3);
    expect(caseActionsFor(state, contactPerson, T3).editAgreements.citizen).toBe(true);
    const saved = expectOk(saveAgreementDraft(state, overwrite, ctx(contactPerson, T3))).state;
    expect(saved.agreements.citizen.at(-1)?.content).toEqual(overwrite.content);
  });

  it("R4/R11: a new version after a signed one revises contents the person must be able to read", () => {
    const signed = expectOk(
      signAgreement(
        regionWrote(),
        { kind: "citizen", version: 1, signAs: "team" },
        ctx(psychiatrist, T3),
      ),
    ).state;
    expectError(
      saveAgreementDraft(signed, overwrite, ctx(contactPerson, T3)),
      "AGREEMENT_DRAFT_NOT_READABLE",
    );
    expect(caseActionsFor(signed, contactPerson, T3).editAgreements.citizen).toBe(false);
    const revised = expectOk(saveAgreementDraft(signed, overwrite, ctx(psychiatrist, T3))).state;
    expect(revised.agreements.citizen.map((v) => v.version)).toEqual([1, 2]);
  });
});
