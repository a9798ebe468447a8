import { requireCaseParticipant, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { exclude } from "./exclude";
import { CitizenStanceSchema } from "./initiative";

export const RecordCitizenStanceCommandSchema = z.object({
  stance: CitizenStanceSchema,
  note: OptionalTextSchema,
});
export type RecordCitizenStanceCommand = z.input<typeof RecordCitizenStanceCommandSchema>;

/**
 * Records the citizen's stance on help before activation. R3: if the citizen now rejects
 * all help, the case is excluded (a citizen of an active case who withdraws is a closing
 * reason instead, `citizen_withdrew`).
 */
export function recordCitizenStance(
  state: CaseState,
  input: RecordCitizenStanceCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    RecordCitizenStanceCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error =
        requireStatus(s, ["initiated", "endorsed"], "R3") ?? requireCaseParticipant(s, actor, "R3");
      if (error) return error;
      const recorded: CaseState = {
        ...s,
        citizenStance: {
          stance: command.stance,
          note: command.note,
          recordedAt: now,
          recordedBy: actor,
        },
      };
      const stanceEvent = {
        type: "CitizenStanceRecorded" as const,
        stance: command.stance,
        note: command.note,
      };
      if (command.stance !== "rejects_all_help") return { state: recorded, events: [stanceEvent] };
      const excluded = exclude(recorded, actor, now);
      return { state: excluded.state, events: [stanceEvent, ...excluded.events] };
    },
  );
}
