import type { CaseState } from "../cases/case-state";
import {
  type CaseCommandResult,
  type CommandContext,
  commit,
  parseCommand,
} from "../cases/command";
import { IdSchema, InstantSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { firstMeetingDeadline } from "../deadline/first-meeting-deadline";
import { domainError } from "../errors/domain-error";
import { failure } from "../errors/result";
import { daysFromCivil } from "../time/civil";
import { danishDayNumber } from "../time/copenhagen";
import { exclude } from "./exclude";
import { CitizenSchema, CitizenStanceSchema, InitiativeReasonsSchema } from "./initiative";

/** R2/R5/R1: any staff member registers an initiative for a citizen. */
export const RegisterInitiativeCommandSchema = z.object({
  caseId: IdSchema,
  citizen: CitizenSchema,
  /**
   * When the initiative was taken: may be before registration, but not after `now` and not
   * before the model existed (MODEL_START_DAY).
   */
  initiativeAt: InstantSchema,
  reasons: InitiativeReasonsSchema,
  citizenStance: CitizenStanceSchema,
  citizenStanceNote: OptionalTextSchema,
});
export type RegisterInitiativeCommand = z.input<typeof RegisterInitiativeCommandSchema>;

/**
 * The Danish calendar day the collaboration model started: an initiative before it cannot be
 * an initiative under the model, and is most likely a mistyped year (0001-01-01).
 */
export const MODEL_START_DAY = { year: 2018, month: 1, day: 1 } as const;

/**
 * R2/R5: registers an initiative and routes it to a leader of the initiator's own unit.
 * R3: if the citizen rejects all help, the new case is excluded at once.
 *
 * @example
 * const result = registerInitiative(
 *   { caseId: "c1", citizen: { citizenId: "p1", name: "Jens Jensen" },
 *     initiativeAt: new Date("2025-03-03T09:00:00Z"),
 *     reasons: { categories: ["self_harm"], text: null }, citizenStance: "accepts_help" },
 *   { actor: contactPerson, now: new Date("2025-03-04T10:00:00Z") },
 * );
 * if (result.ok) result.state.status; // "initiated"
 */
export function registerInitiative(
  input: RegisterInitiativeCommand,
  context: CommandContext,
): CaseCommandResult {
  // Validated at run time too: JavaScript and JSON callers get no compile-time check.
  const parsed = parseCommand(RegisterInitiativeCommandSchema, input, context);
  if (!parsed.ok) return parsed;
  const { command, context: valid } = parsed;
  const { actor, now } = valid;

  // R2: every party may propose — but the duty lies with people in contact (R5), not analysts.
  if (actor.role === "analyst") return failure(domainError("INITIATOR_ROLE_NOT_ALLOWED"));
  // R5/R9: the deadline runs from the initiative, so it can be back-dated but not forward-dated,
  // and not to before the model existed.
  const initiativeAtMs = command.initiativeAt.getTime();
  if (initiativeAtMs > valid.nowMs) {
    return failure(
      domainError("INITIATIVE_IN_FUTURE", { details: { initiativeAt: command.initiativeAt } }),
    );
  }
  const { year, month, day } = MODEL_START_DAY;
  if (danishDayNumber(initiativeAtMs) < daysFromCivil(year, month, day)) {
    return failure(
      domainError("INITIATIVE_BEFORE_MODEL", { details: { initiativeAt: command.initiativeAt } }),
    );
  }

  const routedTo = {
    organisationId: actor.organisationId,
    unitId: actor.unitId,
    role: "leader" as const,
  };
  const initiated: CaseState = {
    caseId: command.caseId,
    version: 0,
    status: "initiated",
    citizen: command.citizen,
    initiative: {
      initiator: actor,
      initiativeAt: command.initiativeAt,
      registeredAt: now,
      reasons: command.reasons,
      routedTo,
    },
    citizenStance: {
      stance: command.citizenStance,
      note: command.citizenStanceNote,
      recordedAt: now,
      recordedBy: actor,
    },
    exclusion: null,
    endorsement: null,
    invitations: [],
    organisations: [],
    activation: null,
    team: { members: [], coordinatorPersonId: null, formerMembers: [] },
    meetings: [],
    agreements: { organisational: [], citizen: [] },
    consents: [],
    correctedConsents: [],
    changeNotices: [],
    closure: null,
  };
  const registered = {
    type: "InitiativeRegistered" as const,
    citizenId: command.citizen.citizenId,
    initiativeAt: command.initiativeAt,
    reasons: command.reasons,
    citizenStance: command.citizenStance,
    routedTo,
    firstMeetingDeadline: firstMeetingDeadline(command.initiativeAt),
  };
  if (command.citizenStance === "rejects_all_help") {
    const excluded = exclude(initiated, actor, now);
    return commit({ state: excluded.state, events: [registered, ...excluded.events] }, valid);
  }
  return commit({ state: initiated, events: [registered] }, valid);
}
