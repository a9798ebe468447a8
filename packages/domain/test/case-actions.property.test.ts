import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actors/actor";
import { agreementKinds } from "../src/agreements/agreement-schemas";
import { signatoryCapacities } from "../src/agreements/agreement-version";
import type { CaseState } from "../src/cases/case-state";
import { type CaseCommand, executeCaseCommand } from "../src/cases/execute-case-command";
import { caseActionsFor } from "../src/views/case-actions";
import { caseViewFor } from "../src/views/case-view-for";
import { activeCase, T3 } from "./fixtures";
import { DAY, organisations, people, step, walk } from "./random-cases";

/**
 * The case page offers a step only when the command would accept it, and offers every step
 * the command would accept (R4–R13): `caseActionsFor` reads the same facts as the commands,
 * and this shows the two never drift apart, for every person on random cases.
 */
const accepts = (state: CaseState, actor: Actor, now: Date, command: CaseCommand) =>
  executeCaseCommand(state, command, { actor, now }).ok;

function offeredAndAccepted(state: CaseState, actor: Actor, now: Date) {
  const actions = caseActionsFor(state, actor, now);
  const fresh = `ny-${state.version}`;
  return [
    {
      step: "R5 decide the initiative",
      offered: actions.decideInitiative,
      accepted: accepts(state, actor, now, { type: "endorseInitiative", payload: {} }),
    },
    {
      step: "R6 join the case",
      offered: actions.joinCase,
      accepted: accepts(state, actor, now, { type: "joinCase", payload: {} }),
    },
    {
      step: "R4 record consent",
      offered: actions.recordConsent,
      accepted: accepts(state, actor, now, {
        type: "recordConsent",
        payload: {
          consentId: fresh,
          method: "oral",
          organisationIds: organisations.slice(0, 2),
          givenAt: new Date(now.getTime() - DAY),
        },
      }),
    },
    ...state.consents.map((consent) => ({
      step: `R4 withdraw consent ${consent.consentId}`,
      offered: actions.withdrawConsentIds.includes(consent.consentId),
      accepted: accepts(state, actor, now, {
        type: "withdrawConsent",
        payload: { consentId: consent.consentId },
      }),
    })),
    ...state.consents.map((consent) => ({
      step: `R4 correct consent ${consent.consentId}`,
      offered: actions.correctConsentIds.includes(consent.consentId),
      accepted: accepts(state, actor, now, {
        type: "correctConsentRegistration",
        payload: { consentId: consent.consentId, reason: "Registreret på den forkerte sag" },
      }),
    })),
    {
      step: "R7 plan a meeting",
      offered: actions.scheduleMeeting,
      accepted: accepts(state, actor, now, {
        type: "scheduleMeeting",
        payload: {
          meetingId: fresh,
          kind: "collaboration",
          scheduledFor: new Date(now.getTime() + 7 * DAY),
        },
      }),
    },
    {
      step: "R13 record a change notice",
      offered: actions.recordChangeNotice,
      accepted: accepts(state, actor, now, {
        type: "recordInterventionChange",
        payload: { noticeId: fresh, description: "Ny bostøttemedarbejder" },
      }),
    },
    ...state.changeNotices.map((notice) => ({
      step: `R13 acknowledge notice ${notice.noticeId}`,
      offered: actions.acknowledgeNoticeIds.includes(notice.noticeId),
      accepted: accepts(state, actor, now, {
        type: "acknowledgeChangeNotice",
        payload: { noticeId: notice.noticeId },
      }),
    })),
    {
      step: "R11 save a citizen agreement draft",
      offered: actions.editAgreements.citizen,
      accepted: accepts(state, actor, now, {
        type: "saveAgreementDraft",
        payload: { kind: "citizen", content: { citizenGoal: "Egen bolig" } },
      }),
    },
    {
      step: "R10 save an organisational agreement draft",
      offered: actions.editAgreements.organisational,
      accepted: accepts(state, actor, now, {
        type: "saveAgreementDraft",
        payload: { kind: "organisational", content: { citizenName: "Borger" } },
      }),
    },
    // Leaders sign the organisational agreement (R10), the team and the citizen the citizen
    // agreement (R11); the other pairs are refused by the signatory rule alone.
    ...agreementKinds.flatMap((kind) =>
      signatoryCapacities
        .filter((signAs) => (kind === "organisational") === (signAs === "leader"))
        .map((signAs) => ({
          step: `R10/R11 sign ${kind} as ${signAs}`,
          offered: actions.signAgreement[kind].includes(signAs),
          accepted: accepts(state, actor, now, {
            type: "signAgreement",
            payload: {
              kind,
              signAs,
              version: state.agreements[kind].at(-1)?.version ?? 1,
              citizenAgreement:
                signAs === "citizen"
                  ? { how: "in_person", agreedAt: new Date(now.getTime() - DAY) }
                  : null,
            },
          }),
        })),
    ),
    {
      step: "close the case",
      offered: actions.closeCase,
      accepted: accepts(state, actor, now, {
        type: "closeCase",
        payload: { reason: "other", note: "Flyttet til anden model" },
      }),
    },
  ];
}

/**
 * R4: offered ⇒ the person can read what the step concerns. A version is signed — or the
 * citizen's agreement to it recorded — or edited only by someone its content reaches; a change notice
 * acknowledged is one the person's view has, with whom to ask when its text is withheld.
 */
function offeredOnlyWhatCanBeRead(state: CaseState, actor: Actor, now: Date) {
  const actions = caseActionsFor(state, actor, now);
  const view = caseViewFor(state, actor, now);
  for (const kind of agreementKinds) {
    if (actions.signAgreement[kind].length === 0) continue;
    expect({ kind, readable: view?.agreements[kind].at(-1)?.content.shown }).toEqual({
      kind,
      readable: true,
    });
  }
  // Saving overwrites the latest draft, or revises a signed version: only one the person reads.
  for (const kind of agreementKinds) {
    if (!actions.editAgreements[kind]) continue;
    const latest = view?.agreements[kind].at(-1);
    expect({ kind, readable: latest === undefined || latest.content.shown }).toEqual({
      kind,
      readable: true,
    });
  }
  // A withdrawal may be told to anyone on the team (R4), so it is offered also for a consent
  // whose details are withheld — but only for one the person's view lists, by whom it was
  // recorded, never by what it says.
  for (const consentId of actions.withdrawConsentIds) {
    const consent = view?.consents.find((c) => c.consentId === consentId);
    expect({ consentId, recordedBy: consent?.details.recordedBy.organisationId }).toEqual({
      consentId,
      recordedBy: expect.any(String),
    });
  }
  for (const noticeId of actions.acknowledgeNoticeIds) {
    const notice = view?.changeNotices.find((n) => n.noticeId === noticeId);
    expect(notice?.description.recordedBy.personId).toBeDefined();
  }
}

describe("the steps a case page offers are the steps the commands accept", () => {
  it("for every person on random cases (R4–R13)", () => {
    // Each kind of step both offered and refused somewhere, so the property is not vacuous.
    const seen = new Map<string, Set<boolean>>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, fromActive) => {
        // Random walks seldom activate a case; half the runs start from an active one.
        const { state, now } = walk(
          steps,
          fromActive ? { state: activeCase(), now: T3 } : undefined,
        );
        for (const actor of people) {
          offeredOnlyWhatCanBeRead(state, actor, now);
          for (const check of offeredAndAccepted(state, actor, now)) {
            const kind = check.step.replace(/ (consent|notice) .*$/, " $1");
            seen.set(kind, (seen.get(kind) ?? new Set()).add(check.offered));
            expect({
              who: actor.personId,
              status: state.status,
              step: check.step,
              offered: check.offered,
            }).toEqual({
              who: actor.personId,
              status: state.status,
              step: check.step,
              offered: check.accepted,
            });
          }
        }
      }),
      { numRuns: 300 },
    );
    expect([...seen].filter(([, outcomes]) => outcomes.size < 2).map(([kind]) => kind)).toEqual([]);
  }, 60_000);
});
