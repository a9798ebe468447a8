import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Actor } from "../src/actors/actor";
import type { CaseState } from "../src/cases/case-state";
import {
  type CaseCommand,
  type commutativeCaseCommands,
  executeCaseCommand,
} from "../src/cases/execute-case-command";
import { recordInterventionChange } from "../src/change-notices/record-intervention-change";
import { addTeamMember } from "../src/team/add-team-member";
import {
  activeCase,
  contactPerson,
  ctx,
  endorsedCase,
  expectOk,
  memberFrom,
  municipalLeader,
  psychiatrist,
  T3,
} from "./fixtures";
import { people, step, walk } from "./random-cases";

type Commutative = Extract<CaseCommand, { type: (typeof commutativeCaseCommands)[number] }>;
type Action = { actor: Actor; command: Commutative };

/** Every commutative command someone could take on this state now, and would be allowed to. */
function possibleActions(state: CaseState, now: Date): Action[] {
  const acknowledgements: Action[] = state.changeNotices.flatMap((notice) =>
    notice.recipients.flatMap((recipient) =>
      people
        .filter((person) => person.personId === recipient.personId)
        .map((actor) => ({
          actor,
          command: {
            type: "acknowledgeChangeNotice" as const,
            payload: { noticeId: notice.noticeId },
          },
        })),
    ),
  );
  const answers: Action[] = people.flatMap((actor): Action[] => [
    { actor, command: { type: "joinCase" as const, payload: {} } },
    { actor, command: { type: "declineInvitation" as const, payload: { reason: "Ikke os" } } },
  ]);
  return [...acknowledgements, ...answers].filter(
    ({ actor, command }) => executeCaseCommand(state, command, { actor, now }).ok,
  );
}

/** R6: three organisations invited, none answered yet. */
const endorsed = () => ({ state: endorsedCase(), now: T3 });

/** R13: an active team of three; two of them have notified the others of a change. */
function notified() {
  let state = expectOk(
    addTeamMember(activeCase(), { member: memberFrom(municipalLeader) }, ctx(municipalLeader, T3)),
  ).state;
  for (const [noticeId, actor] of [
    ["a", contactPerson],
    ["b", psychiatrist],
  ] as const) {
    state = expectOk(
      recordInterventionChange(state, { noticeId, description: "Ændring" }, ctx(actor, T3)),
    ).state;
  }
  return { state, now: T3 };
}

/** Two concurrent actions that the server re-runs instead of answering CONFLICT (issue 9). */
const independent = (one: Action, two: Action) => {
  if (one.actor.personId === two.actor.personId) return false;
  const answers = (c: Commutative) => c.type !== "acknowledgeChangeNotice";
  // R6: two answers for one organisation do not commute; the re-run is refused instead.
  return !(
    answers(one.command) &&
    answers(two.command) &&
    one.actor.organisationId === two.actor.organisationId
  );
};

/** The state without what a re-run legitimately changes: the version, the order of joins. */
const normalised = ({ version: _, ...state }: CaseState) => ({
  ...state,
  organisations: [...state.organisations].sort((a, b) =>
    a.organisationId.localeCompare(b.organisationId),
  ),
});

describe("commutative commands — property over random cases", () => {
  it("two independent commutative commands decided on the same version both succeed, in either order, to the same state", () => {
    let pairs = 0;
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 80, size: "max" }),
        fc.constantFrom("walk", "endorsed", "notified"),
        fc.nat(),
        fc.nat(),
        (steps, start, i, j) => {
          const walked = walk(steps);
          const { state: base, now } =
            start === "walk" ? walked : start === "endorsed" ? endorsed() : notified();
          const possible = possibleActions(base, now);
          const one = possible[i % Math.max(possible.length, 1)];
          const two = possible[j % Math.max(possible.length, 1)];
          if (!one || !two || !independent(one, two)) return;
          const run = (state: CaseState, a: Action) =>
            executeCaseCommand(state, a.command, { actor: a.actor, now });
          const first = run(base, one);
          const second = run(base, two);
          expect(first.ok && second.ok).toBe(true);
          if (!first.ok || !second.ok) return;
          pairs++;
          const oneThenTwo = run(first.state, two);
          const twoThenOne = run(second.state, one);
          expect(oneThenTwo.ok && twoThenOne.ok).toBe(true);
          if (oneThenTwo.ok && twoThenOne.ok) {
            expect(normalised(oneThenTwo.state)).toEqual(normalised(twoThenOne.state));
          }
        },
      ),
      { numRuns: 400 },
    );
    // Worth something only if many pairs were both allowed.
    expect(pairs).toBeGreaterThan(50);
  }, 120_000);
});
