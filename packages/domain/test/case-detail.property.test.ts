import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actors/actor";
import { alertConditions } from "../src/alerts/alert-conditions";
import type { CaseState } from "../src/cases/case-state";
import { consentPurposes } from "../src/consent/consent";
import { mayShareInformation } from "../src/consent/may-share-information";
import { type CitizenDocumentRecord, caseDetailFor } from "../src/views/case-detail-for";
import { activeCase, T3 } from "./fixtures";
import { DAY, people, SECRET, secret, step, walk } from "./random-cases";

const reaches = (state: CaseState, from: string, to: string, at: Date) =>
  from === to ||
  consentPurposes.some((purpose) => mayShareInformation(state.consents, from, to, at, purpose));

const organisationOf = (state: CaseState, personId: string): string | undefined =>
  people.find((p) => p.personId === personId)?.organisationId ??
  state.team.members.find((m) => m.personId === personId)?.organisationId;

/**
 * What went to the citizen (F2), each title marked with the organisation whose item it was
 * made from; one recorded before sources were kept, marked with every such organisation.
 */
function documentsSent(state: CaseState): CitizenDocumentRecord[] {
  const minutes = state.meetings.flatMap((m) =>
    m.heldRecordedBy
      ? [
          {
            at: m.heldRecordedBy.recordedAt,
            title: `hemmeligt fra ${m.heldRecordedBy.organisationId}: referat`,
            kind: "meeting_minutes",
            source: { meetingId: m.meetingId },
          },
        ]
      : [],
  );
  const agreements = state.agreements.citizen.map((v) => ({
    at: v.savedAt,
    title: `hemmeligt fra ${v.savedBy.organisationId}: aftale`,
    kind: "citizen_agreement",
    source: { citizenAgreementVersion: v.version },
  }));
  const sourced = [...minutes, ...agreements];
  const unsourced = sourced.map((d) => ({ ...d, source: null }));
  return [...sourced, ...unsourced];
}

/**
 * R4, over the whole of what `cases.get` returns and over the alerts: for random cases,
 * consents and viewers, nothing recorded for or about the citizen by an organisation the
 * consent does not let reach the viewer turns up anywhere — free text (every one is marked
 * with the organisation that wrote it, a member's tasks with the member's), the expiry of a
 * consent the viewer may not see, or a document's title.
 */
describe("the case page's whole payload and the alerts — properties over random cases (R4)", () => {
  it("R4: no field carries information from an organisation outside the consent", () => {
    const seen = { foreignShown: 0, tasksWithheld: 0, expiryWithheld: 0, documentsWithheld: 0 };
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 60, size: "max" }),
        fc.boolean(),
        fc.integer({ min: -5, max: 120 }),
        (steps, fromActive, offsetDays) => {
          const { state, now } = walk(
            steps,
            fromActive ? { state: activeCase(), now: T3 } : undefined,
          );
          const at = new Date(now.getTime() + offsetDays * DAY);
          const citizenDocuments = documentsSent(state);
          for (const viewer of people) {
            const detail = caseDetailFor(state, viewer, at, {
              directory: new Map(),
              citizenDocuments,
            });
            if (!detail) continue;
            const to = viewer.organisationId;
            const text = JSON.stringify(detail);
            for (const match of text.matchAll(SECRET)) {
              const from = match[1] ?? "";
              expect({ from, to, leaked: !reaches(state, from, to, at) }).toEqual({
                from,
                to,
                leaked: false,
              });
              if (from !== to) seen.foreignShown++;
            }
            for (const consent of state.consents) {
              if (!consent.expiresAt) continue;
              const visible = reaches(state, consent.recordedBy.organisationId, to, at);
              if (visible) continue;
              expect(text.includes(consent.expiresAt.toISOString())).toBe(false);
              seen.expiryWithheld++;
            }
            seen.tasksWithheld += detail.view.team.members.filter((m) => m.tasksWithheld).length;
            seen.documentsWithheld += detail.citizenDocumentsWithheld;
          }
          // The alerts, and so their notifications and e-mails: a consent's expiry only to
          // people its details may reach.
          for (const condition of alertConditions(state, at)) {
            const text = JSON.stringify(condition);
            expect(text.match(SECRET)).toBeNull();
            for (const consent of state.consents) {
              if (!consent.expiresAt || !text.includes(consent.expiresAt.toISOString())) continue;
              const from = consent.recordedBy.organisationId;
              for (const personId of condition.audience.personIds) {
                const to = organisationOf(state, personId);
                expect({ personId, leaked: !to || !reaches(state, from, to, at) }).toEqual({
                  personId,
                  leaked: false,
                });
              }
              if (condition.audience.leadersOfUnitId) {
                const unitOrganisation = state.initiative.routedTo.organisationId;
                expect(reaches(state, from, unitOrganisation, at)).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // Worth something only if payloads both carried consented information and held back
    // each kind of thing this test is about.
    expect(seen.foreignShown).toBeGreaterThan(10);
    expect(seen.tasksWithheld).toBeGreaterThan(10);
    expect(seen.expiryWithheld).toBeGreaterThan(10);
    expect(seen.documentsWithheld).toBeGreaterThan(10);
  }, 180_000);

  it("R4: a lapsing consent the viewer may see is told, with its expiry", () => {
    const viewer: Actor = people[0] as Actor;
    const { state, now } = walk([
      {
        actor: viewer,
        hours: 1,
        build: (a, at) => ({
          type: "recordConsent",
          payload: {
            consentId: "s1",
            method: "oral",
            organisationIds: ["aarhus-kommune", "region-midt-psykiatri"],
            givenAt: new Date(at.getTime() - DAY),
            expiresAt: new Date(at.getTime() + 10 * DAY),
            note: secret(a, "samtykke"),
          },
        }),
      },
    ]);
    const detail = caseDetailFor(state, viewer, now, {
      directory: new Map(),
      citizenDocuments: [],
    });
    expect(detail?.consentsLapsingSoon.map((c) => c.consentId)).toEqual(["s1"]);
  });
});
