import { describe, expect, it } from "vitest";
import {
  caseWithItems,
  KOMMUNE,
  REGION,
  T4,
  T5,
  withConsent,
  withdrawn,
} from "../../test/case-with-items";
import {
  at,
  contactPerson,
  ctx,
  expectOk,
  gpLeader,
  initiatedCase,
  memberFrom,
  municipalLeader,
  psychiatrist,
  regionLeader,
  T2,
  T3,
} from "../../test/fixtures";
import type { Actor } from "../actors/actor";
import { activateCase } from "../cases/activate-case";
import type { CaseState } from "../cases/case-state";
import { closeCase } from "../cases/close-case";
import { declineInvitation } from "../cases/decline-invitation";
import { inviteOrganisation } from "../cases/invite-organisation";
import { joinCase } from "../cases/join-case";
import { endorseInitiative } from "../initiative/endorse-initiative";
import { recordMeetingHeld } from "../meetings/record-meeting-held";
import type { CaseItemKind, CaseView } from "./case-view";
import { caseViewFor } from "./case-view-for";

const GP = gpLeader.organisationId;
const VIEW_AT = at("2025-03-25T09:00:00Z");

/**
 * An active case with an item of every kind: the municipality recorded the initiative, the
 * stance, the endorsement note, minutes of m3 and (at the end) the closure; the region the
 * minutes of m2, the agreement draft and the change notice; the GP declined its invitation.
 */
function activeWithNotes(): CaseState {
  let state = expectOk(
    endorseInitiative(
      initiatedCase(),
      { note: "Jens har brug for et samlet forløb" },
      ctx(municipalLeader),
    ),
  ).state;
  const step = (result: ReturnType<typeof joinCase>) => {
    state = expectOk(result).state;
  };
  for (const partner of [regionLeader, gpLeader]) {
    step(
      inviteOrganisation(state, { organisationId: partner.organisationId }, ctx(municipalLeader)),
    );
  }
  step(declineInvitation(state, { reason: "Jens er ikke tilmeldt os" }, ctx(gpLeader, T2)));
  step(joinCase(state, {}, ctx(municipalLeader, T2)));
  step(joinCase(state, {}, ctx(regionLeader, T2)));
  step(
    activateCase(
      state,
      {
        members: [memberFrom(contactPerson), memberFrom(psychiatrist, { role: "psykiater" })],
        coordinatorPersonId: contactPerson.personId,
      },
      ctx(municipalLeader, T2),
    ),
  );
  return state;
}

function everyItem(consent: "none" | "given" | "withdrawn"): CaseState {
  let state = caseWithItems(activeWithNotes());
  state = expectOk(
    recordMeetingHeld(
      state,
      {
        meetingId: "m3",
        kind: "preparatory",
        heldAt: at("2025-03-18T09:00:00Z"),
        citizenPresent: false,
        decisionMinutes: "Forberedelse: Jens' bolig er usikker",
      },
      ctx(contactPerson, T3),
    ),
  ).state;
  if (consent !== "none") state = withConsent(state);
  state = expectOk(
    closeCase(
      state,
      { reason: "citizen_moved", note: "Jens flytter til Skive" },
      ctx(municipalLeader, T4),
    ),
  ).state;
  return consent === "withdrawn" ? withdrawn(state, T5) : state;
}

const viewOf = (state: CaseState, viewer: Actor, when: Date = VIEW_AT): CaseView => {
  const view = caseViewFor(state, viewer, when);
  if (!view) throw new Error("expected a view");
  return view;
};
const withheldKinds = (view: CaseView) => view.withheld.map((w) => `${w.kind}:${w.itemId}`).sort();

/** Every item kind, who recorded it, and a viewer in the other organisation of the consent. */
const itemsByKind: Array<{ kind: CaseItemKind; itemId: string; from: string; viewer: Actor }> = [
  { kind: "initiative_reasons", itemId: "case-1", from: KOMMUNE, viewer: psychiatrist },
  { kind: "citizen_stance", itemId: "case-1", from: KOMMUNE, viewer: psychiatrist },
  { kind: "endorsement_reason", itemId: "case-1", from: KOMMUNE, viewer: psychiatrist },
  { kind: "meeting_record", itemId: "m3", from: KOMMUNE, viewer: psychiatrist },
  { kind: "closure", itemId: "case-1", from: KOMMUNE, viewer: regionLeader },
  { kind: "meeting_record", itemId: "m2", from: REGION, viewer: contactPerson },
  { kind: "agreement_content", itemId: "organisational:1", from: REGION, viewer: contactPerson },
  { kind: "change_notice_description", itemId: "n1", from: REGION, viewer: municipalLeader },
];

describe("caseViewFor — R4 consent decides what flows", () => {
  it.each(itemsByKind)(
    "R4 $kind ($itemId) from $from: hidden without consent, shown with it, hidden again after withdrawal",
    ({ kind, itemId, from, viewer }) => {
      const key = `${kind}:${itemId}`;
      const hidden = viewOf(everyItem("none"), viewer);
      expect(withheldKinds(hidden)).toContain(key);
      expect(hidden.withheld.find((w) => `${w.kind}:${w.itemId}` === key)).toEqual({
        kind,
        itemId,
        organisationId: from,
        reason: "no_consent",
      });
      expect(withheldKinds(viewOf(everyItem("given"), viewer))).not.toContain(key);
      expect(withheldKinds(viewOf(everyItem("withdrawn"), viewer))).toContain(key);
      // Before the withdrawal took effect the same state still shows it: consent is judged at `at`.
      expect(withheldKinds(viewOf(everyItem("withdrawn"), viewer, T4))).not.toContain(key);
    },
  );

  it("R4: the content itself is absent when withheld, present when shown", () => {
    const hidden = viewOf(everyItem("none"), contactPerson);
    expect(hidden.meetings.find((m) => m.meetingId === "m2")?.record).toEqual({
      shown: false,
      recordedBy: expect.objectContaining({
        organisationId: REGION,
        personId: psychiatrist.personId,
      }),
      withheld: "no_consent",
    });
    expect(JSON.stringify(hidden)).not.toContain("medicinen");
    expect(JSON.stringify(hidden)).not.toContain("udgående");
    expect(JSON.stringify(hidden)).not.toContain("Stabil bolig");
    const shown = viewOf(everyItem("given"), contactPerson);
    expect(shown.meetings.find((m) => m.meetingId === "m2")?.record).toMatchObject({
      shown: true,
      content: {
        citizenPresent: true,
        decisionMinutes: "Jens ønsker at flytte; medicinen justeres",
      },
    });
    expect(shown.changeNotices[0]?.description).toMatchObject({
      shown: true,
      content: "Jens overgår til udgående team",
    });
  });

  it("R4: the consent record follows the same rule — its recorder's organisation, and those it covers while it stands", () => {
    // Recorded by the region: the municipality sees it while it stands, not after withdrawal.
    expect(withheldKinds(viewOf(everyItem("given"), contactPerson))).toEqual([
      "invitation_decline_reason:laegehuset-syd",
    ]);
    const after = viewOf(everyItem("withdrawn"), contactPerson);
    expect(withheldKinds(after)).toContain("consent:s1");
    // The region recorded it, so the region always sees it — withdrawal included.
    const regionView = viewOf(everyItem("withdrawn"), psychiatrist);
    expect(regionView.consents[0]?.details).toMatchObject({
      shown: true,
      content: { withdrawnAt: T5, organisationIds: [KOMMUNE, REGION] },
    });
  });

  it("R4: a viewer's own organisation's items are always shown, with or without consent", () => {
    for (const phase of ["none", "given", "withdrawn"] as const) {
      for (const viewer of [contactPerson, municipalLeader, psychiatrist, regionLeader]) {
        const view = viewOf(everyItem(phase), viewer);
        expect(view.withheld.every((w) => w.organisationId !== viewer.organisationId)).toBe(true);
      }
    }
    const own = viewOf(everyItem("none"), psychiatrist);
    expect(own.agreements.organisational[0]?.content.shown).toBe(true);
    expect(own.informationFrom).toEqual([REGION]);
  });

  it("R4: an organisation outside the consent stays hidden even while the consent stands", () => {
    for (const viewer of [contactPerson, psychiatrist]) {
      const view = viewOf(everyItem("given"), viewer);
      expect(view.invitations.find((i) => i.organisationId === GP)?.declined?.reason).toMatchObject(
        {
          shown: false,
          withheld: "no_consent",
        },
      );
      expect(view.informationFrom).toEqual([KOMMUNE, REGION]);
    }
  });

  it("R4/R6/R7/R9: without consent a member still sees the case, its status, deadline, team and coordinator", () => {
    const view = viewOf(everyItem("none"), psychiatrist);
    expect(view).toMatchObject({
      caseId: "case-1",
      status: "closed",
      citizen: { name: "Jens Jensen" },
      deadline: { state: "met" },
      team: { coordinatorPersonId: contactPerson.personId },
    });
    expect(view.team.members.map((m) => [m.name, m.role, m.coordinator])).toEqual([
      ["Karen Kontakt", "kontaktperson", true],
      ["Peter Psykiater", "psykiater", false],
    ]);
    expect(view.team.members[0]?.contact.phone).toBe("+45 12 34 56 78");
    // R7: the meeting plan is the team's; m1 convened by the coordinator is listed.
    expect(view.meetings.find((m) => m.meetingId === "m1")).toMatchObject({
      scheduledFor: at("2025-03-27T09:00:00Z"),
      scheduledBy: { organisationId: KOMMUNE },
      record: null,
    });
    expect(view.initiative.reasons).toEqual({
      shown: false,
      recordedBy: expect.objectContaining({ organisationId: KOMMUNE }),
      withheld: "no_consent",
    });
    const text = JSON.stringify(view);
    for (const secret of [
      "Tre indlæggelser",
      "accepts_some_help",
      "samlet forløb",
      "Skive",
      "usikker",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("R4: the view is plain data that survives JSON and is never the stored state", () => {
    const state = everyItem("given");
    const view = viewOf(state, contactPerson);
    expect(JSON.parse(JSON.stringify(view)).caseId).toBe("case-1");
    expect(view).not.toHaveProperty("consents.0.recordedBy");
    expect(view.withheld).toEqual([
      {
        kind: "invitation_decline_reason",
        itemId: GP,
        organisationId: GP,
        reason: "no_consent",
      },
    ]);
  });

  it("gives no view to a person who may not see the case, and refuses an invalid instant", () => {
    expect(caseViewFor(everyItem("given"), gpLeader, VIEW_AT)).toBeNull();
    expect(() => caseViewFor(everyItem("none"), psychiatrist, new Date(Number.NaN))).toThrow(
      RangeError,
    );
  });
});
