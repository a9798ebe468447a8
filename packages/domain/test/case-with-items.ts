import type { Actor } from "../src/actors/actor";
import { saveAgreementDraft } from "../src/agreements/save-agreement-draft";
import type { CaseState } from "../src/cases/case-state";
import { recordInterventionChange } from "../src/change-notices/record-intervention-change";
import { recordConsent } from "../src/consent/record-consent";
import { withdrawConsent } from "../src/consent/withdraw-consent";
import { recordMeetingHeld } from "../src/meetings/record-meeting-held";
import { scheduleMeeting } from "../src/meetings/schedule-meeting";
import { completeOrganisationalAgreement } from "./agreement-fixtures";
import { activeCase, at, contactPerson, ctx, expectOk, psychiatrist, T3 } from "./fixtures";

export const KOMMUNE = contactPerson.organisationId;
export const REGION = psychiatrist.organisationId;
export const T4 = at("2025-03-21T09:00:00Z");
export const T5 = at("2025-03-22T09:00:00Z");

/**
 * An active case with an item of every kind, recorded by two organisations:
 * - the municipality (Karen Kontakt, coordinator): initiative reasons and stance (at
 *   registration), meeting m1 convened;
 * - the region (Peter Psykiater): meeting m2 held with minutes, the organisational
 *   agreement draft, change notice n1.
 */
export function caseWithItems(start: CaseState = activeCase()): CaseState {
  let state = start;
  const run = (result: ReturnType<typeof scheduleMeeting>) => {
    state = expectOk(result).state;
  };
  run(
    scheduleMeeting(
      state,
      { meetingId: "m1", kind: "collaboration", scheduledFor: at("2025-03-27T09:00:00Z") },
      ctx(contactPerson, T3),
    ),
  );
  run(
    recordMeetingHeld(
      state,
      {
        meetingId: "m2",
        kind: "collaboration",
        heldAt: at("2025-03-19T09:00:00Z"),
        citizenPresent: true,
        attendeePersonIds: [psychiatrist.personId],
        decisionMinutes: "Jens ønsker at flytte; medicinen justeres",
      },
      ctx(psychiatrist, T3),
    ),
  );
  run(
    saveAgreementDraft(
      state,
      { kind: "organisational", content: completeOrganisationalAgreement },
      ctx(psychiatrist, T3),
    ),
  );
  run(
    recordInterventionChange(
      state,
      { noticeId: "n1", description: "Jens overgår til udgående team" },
      ctx(psychiatrist, T3),
    ),
  );
  return state;
}

/** R4: the citizen consents to exchange between the municipality and the region. */
export function withConsent(state: CaseState, by: Actor = psychiatrist, now: Date = T4) {
  return expectOk(
    recordConsent(
      state,
      {
        consentId: "s1",
        method: "oral",
        organisationIds: [KOMMUNE, REGION],
        givenAt: now,
        note: "Jens vil gerne have at kommunen og psykiatrien taler sammen",
      },
      ctx(by, now),
    ),
  ).state;
}

/** R4: the citizen withdraws consent s1. */
export const withdrawn = (state: CaseState, now: Date = T5) =>
  expectOk(withdrawConsent(state, { consentId: "s1" }, ctx(contactPerson, now))).state;
