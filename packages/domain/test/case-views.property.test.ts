import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CaseState } from "../src/cases/case-state";
import { consentPurposes } from "../src/consent/consent";
import { mayShareInformation } from "../src/consent/may-share-information";
import { caseAccessFor, mayViewCase } from "../src/views/case-access";
import type { CaseView } from "../src/views/case-view";
import { caseViewFor } from "../src/views/case-view-for";
import { activeCase, T3 } from "./fixtures";
import { DAY, people, SECRET, step, walk } from "./random-cases";

const reaches = (state: CaseState, from: string, to: string, at: Date) =>
  consentPurposes.some((purpose) => mayShareInformation(state.consents, from, to, at, purpose));

/** Every `ViewItem` in a view, found by its shape wherever it sits. */
function viewItems(value: unknown, found: Array<Record<string, unknown>> = []) {
  if (Array.isArray(value)) for (const entry of value) viewItems(entry, found);
  else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (typeof record.shown === "boolean" && "recordedBy" in record) found.push(record);
    for (const entry of Object.values(record)) viewItems(entry, found);
  }
  return found;
}

describe("case views — properties over random cases (R4)", () => {
  it("R4: no view ever contains information from an organisation outside the consent", () => {
    let foreignShown = 0;
    let withheld = 0;
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 80, size: "max" }),
        fc.integer({ min: -20, max: 420 }),
        fc.boolean(),
        (steps, offsetDays, fromActive) => {
          // Random walks seldom activate a case; half the runs start from an active one.
          const { state, now } = walk(
            steps,
            fromActive ? { state: activeCase(), now: T3 } : undefined,
          );
          const at = new Date(now.getTime() + offsetDays * DAY);
          for (const viewer of people) {
            const view: CaseView | null = caseViewFor(state, viewer, at);
            expect(view !== null).toBe(mayViewCase(state, viewer));
            expect(caseAccessFor(state, viewer) === "full").toBe(view !== null);
            if (!view) continue;
            const to = viewer.organisationId;
            for (const match of JSON.stringify(view).matchAll(SECRET)) {
              const from = match[1] ?? "";
              expect(from === to || reaches(state, from, to, at)).toBe(true);
              if (from !== to) foreignShown++;
            }
            const items = viewItems(view);
            for (const item of items) {
              const from = (item.recordedBy as { organisationId: string }).organisationId;
              expect(item.shown).toBe(from === to || reaches(state, from, to, at));
              if (item.shown === false) expect("content" in item).toBe(false);
            }
            // R4: a member's tasks are the member's organisation's information.
            for (const member of view.team.members) {
              expect(member.tasksWithheld).toBe(
                member.tasks === null &&
                  !reaches(state, member.organisationId, to, at) &&
                  member.organisationId !== to &&
                  state.team.members.find((m) => m.personId === member.personId)?.tasks !== null,
              );
            }
            expect(view.withheld).toHaveLength(
              items.filter((i) => i.shown === false).length +
                view.team.members.filter((m) => m.tasksWithheld).length,
            );
            withheld += view.withheld.length;
          }
        },
      ),
      { numRuns: 250 },
    );
    // Worth something only if views both showed consented information and held some back.
    expect(foreignShown).toBeGreaterThan(10);
    expect(withheld).toBeGreaterThan(10);
  }, 120_000);
});
