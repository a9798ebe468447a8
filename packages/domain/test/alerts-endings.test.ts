import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { saveAgreementDraft } from "../src/agreements/save-agreement-draft";
import { signAgreement } from "../src/agreements/sign-agreement";
import { alertConditions } from "../src/alerts/alert-conditions";
import { endedAlertKeys } from "../src/alerts/alert-endings";
import type { CaseState } from "../src/cases/case-state";
import { closeCase } from "../src/cases/close-case";
import { executeCaseCommand } from "../src/cases/execute-case-command";
import { acknowledgeChangeNotice } from "../src/change-notices/acknowledge-change-notice";
import { recordInterventionChange } from "../src/change-notices/record-intervention-change";
import { recordConsent } from "../src/consent/record-consent";
import { withdrawConsent } from "../src/consent/withdraw-consent";
import { declineInitiative } from "../src/initiative/endorse-initiative";
import { recordMeetingHeld } from "../src/meetings/record-meeting-held";
import { completeCitizenAgreement } from "./agreement-fixtures";
import {
  activeCase,
  at,
  contactPerson,
  ctx,
  endorsedUninvitedCase,
  expectOk,
  initiatedCase,
  municipalLeader,
  psychiatrist,
  regionLeader,
} from "./fixtures";
import { step, walk } from "./random-cases";

const keys = (state: CaseState, now: Date) => alertConditions(state, now).map((c) => c.key);
const ended = (state: CaseState, now: Date, open: string[]) => endedAlertKeys(state, now, open);

describe("which alerts have ended", () => {
  it("R9: the deadline alert ends when the first collaboration meeting is held", () => {
    const state = activeCase();
    const now = at("2025-03-28T12:00:00Z");
    const open = keys(state, now);
    expect(open.some((key) => key.startsWith("deadline.approaching:"))).toBe(true);
    // Nothing changed: nothing ended.
    expect(ended(state, now, open)).toEqual([]);
    const held = expectOk(
      recordMeetingHeld(
        state,
        {
          meetingId: "m1",
          kind: "collaboration",
          heldAt: at("2025-03-28T09:00:00Z"),
          citizenPresent: true,
          decisionMinutes: "Første møde",
        },
        ctx(contactPerson, now),
      ),
    ).state;
    expect(ended(held, now, open)).toEqual(open.filter((k) => k.startsWith("deadline.")));
  });

  it("R9: 'approaching' ends when it becomes 'overdue', which stands as an alert of its own", () => {
    const state = endorsedUninvitedCase();
    const approaching = keys(state, at("2025-03-28T12:00:00Z"));
    const later = at("2025-04-04T08:00:00Z");
    const overdue = keys(state, later);
    expect(ended(state, later, [...approaching, ...overdue])).toEqual(approaching);
  });

  it("R5, R9: a declined initiative's deadline alerts end: the deadline no longer runs", () => {
    const state = initiatedCase();
    const now = at("2025-03-28T12:00:00Z");
    const open = keys(state, now);
    expect(open).toHaveLength(1);
    const declined = expectOk(
      declineInitiative(state, { reason: "Ikke i målgruppen" }, ctx(municipalLeader, now)),
    ).state;
    expect(ended(declined, now, open)).toEqual(open);
  });

  it("R10/R11: 'awaiting signature' ends when the last party signs", () => {
    const drafted = expectOk(
      saveAgreementDraft(
        activeCase(),
        { kind: "citizen", content: completeCitizenAgreement },
        ctx(contactPerson, at("2025-03-11T09:00:00Z")),
      ),
    ).state;
    const sign = (state: CaseState, signAs: "team" | "citizen") =>
      expectOk(
        signAgreement(
          state,
          {
            kind: "citizen",
            version: 1,
            signAs,
            ...(signAs === "citizen" && {
              citizenAgreement: { how: "in_person", agreedAt: at("2025-03-11T10:00:00Z") },
            }),
          },
          ctx(contactPerson, at("2025-03-11T10:00:00Z")),
        ),
      ).state;
    const now = at("2025-03-12T09:00:00Z");
    const signing = sign(drafted, "team");
    const open = keys(signing, now).filter((k) => k.startsWith("agreement.awaitingSignature:"));
    expect(open).toHaveLength(1);
    expect(ended(signing, now, open)).toEqual([]);
    expect(ended(sign(signing, "citizen"), now, open)).toEqual(open);
  });

  it("R13: the reminder ends when the last member acknowledges the change notice", () => {
    const recorded = expectOk(
      recordInterventionChange(
        activeCase(),
        { noticeId: "n1", description: "Bostøtten går ned til én gang om ugen" },
        ctx(contactPerson, at("2025-03-12T09:00:00Z")),
      ),
    ).state;
    const now = at("2025-03-18T09:00:00Z");
    const open = keys(recorded, now).filter((k) => k.startsWith("changeNotice."));
    expect(open).toHaveLength(1);
    const acknowledged = expectOk(
      acknowledgeChangeNotice(recorded, { noticeId: "n1" }, ctx(psychiatrist, now)),
    ).state;
    expect(ended(acknowledged, now, open)).toEqual(open);
  });

  describe("R4: the lapse warning of a consent", () => {
    const organisationIds = [contactPerson.organisationId, regionLeader.organisationId];
    const consented = expectOk(
      recordConsent(
        activeCase(),
        {
          consentId: "c1",
          method: "written",
          organisationIds,
          givenAt: at("2025-03-11T09:00:00Z"),
          expiresAt: at("2025-04-15T00:00:00Z"),
        },
        ctx(contactPerson, at("2025-03-11T10:00:00Z")),
      ),
    ).state;
    const now = at("2025-03-20T09:00:00Z");
    const open = keys(consented, now).filter((k) => k.startsWith("consent.expiring:"));

    it("ends when a later consent covers the same organisations for longer (renewed)", () => {
      expect(open).toHaveLength(1);
      const renewed = expectOk(
        recordConsent(
          consented,
          {
            consentId: "c2",
            method: "written",
            organisationIds,
            givenAt: at("2025-03-19T09:00:00Z"),
            expiresAt: at("2026-03-19T00:00:00Z"),
          },
          ctx(contactPerson, now),
        ),
      ).state;
      expect(ended(renewed, now, open)).toEqual(open);
      // …and is not raised again for the renewed consent.
      expect(keys(renewed, now).some((k) => k.startsWith("consent.expiring:"))).toBe(false);
    });

    it("does not end for a consent covering fewer organisations, or one lasting no longer", () => {
      const partial = expectOk(
        recordConsent(
          consented,
          {
            consentId: "c2",
            method: "written",
            organisationIds: [contactPerson.organisationId, "org-other"],
            givenAt: at("2025-03-19T09:00:00Z"),
            expiresAt: at("2026-03-19T00:00:00Z"),
          },
          ctx(contactPerson, now),
        ),
      ).state;
      expect(ended(partial, now, open)).toEqual([]);
      const shorter = expectOk(
        recordConsent(
          consented,
          {
            consentId: "c3",
            method: "written",
            organisationIds,
            givenAt: at("2025-03-19T09:00:00Z"),
            expiresAt: at("2025-04-10T00:00:00Z"),
          },
          ctx(contactPerson, now),
        ),
      ).state;
      expect(ended(shorter, now, open)).toEqual([]);
    });

    it("ends when the consent is withdrawn", () => {
      const withdrawn = expectOk(
        withdrawConsent(
          consented,
          { consentId: "c1", withdrawnAt: at("2025-03-19T09:00:00Z") },
          ctx(contactPerson, now),
        ),
      ).state;
      expect(ended(withdrawn, now, open)).toEqual(open);
    });

    it("does not end by lapsing: the consent still has to be renewed", () => {
      expect(ended(consented, at("2025-04-20T09:00:00Z"), open)).toEqual([]);
    });
  });

  it("every alert of a case ends when the case is closed", () => {
    const state = expectOk(
      recordInterventionChange(
        activeCase(),
        { noticeId: "n1", description: "Ny bostøttemedarbejder" },
        ctx(contactPerson, at("2025-03-12T09:00:00Z")),
      ),
    ).state;
    const now = at("2025-03-28T12:00:00Z");
    const open = keys(state, now);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const closed = expectOk(
      closeCase(state, { reason: "other", note: "Flyttet" }, ctx(municipalLeader, now)),
    ).state;
    expect(ended(closed, now, open)).toEqual(open);
  });

  it("keys of kinds nothing raises any more have ended; duplicates are named once", () => {
    const state = activeCase();
    expect(ended(state, at("2025-03-12T09:00:00Z"), ["gone.kind:x", "gone.kind:x"])).toEqual([
      "gone.kind:x",
    ]);
  });

  it("property: what holds never ends; what ended was open; a case no longer running ends all", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        let { state, now } = walk([]);
        const raised = new Set<string>();
        for (const { actor, build, hours } of steps) {
          now = new Date(now.getTime() + hours * 3_600_000);
          const command = build(actor, now, state);
          if (command.type === "recordConsent") {
            command.payload.givenAt = new Date(now.getTime() - 86_400_000);
          }
          const result = executeCaseCommand(state, command, { actor, now });
          if (result.ok) state = result.state;
          const holding = keys(state, now);
          const open = [...raised];
          const gone = ended(state, now, open);
          expect(gone.filter((key) => holding.includes(key))).toEqual([]);
          expect(gone.every((key) => raised.has(key))).toBe(true);
          if (!["initiated", "endorsed", "active"].includes(state.status)) {
            expect(gone.sort()).toEqual([...open].sort());
          }
          for (const key of gone) raised.delete(key);
          for (const key of holding) raised.add(key);
        }
      }),
      { numRuns: 150 },
    );
  });
});
