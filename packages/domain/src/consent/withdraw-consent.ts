import { requireCaseParticipant } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { IdSchema, InstantSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { informationReach } from "../views/information-reach";
import { consentWithdrawnAtError } from "./consent-dates";

export const WithdrawConsentCommandSchema = z.object({
  consentId: IdSchema,
  /** When the citizen withdrew it; defaults to now. Nothing may flow from this instant on. */
  withdrawnAt: InstantSchema.nullish().transform((value) => value ?? null),
});
export type WithdrawConsentCommand = z.input<typeof WithdrawConsentCommandSchema>;

/**
 * R4: records that the citizen withdrew a consent. Allowed in every status — even after
 * closing, a withdrawal must stop information from flowing.
 *
 * The citizen may tell anyone on the case that they withdraw, and the flow must stop at
 * once, so any participant records it — also for a consent whose details the consent keeps
 * from them (their view lists it by whom it was recorded). Such a person learns nothing of
 * its details from a refusal either: a too-early date is refused without the date given.
 */
export function withdrawConsent(
  state: CaseState,
  input: WithdrawConsentCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    WithdrawConsentCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireCaseParticipant(s, actor, "R4");
      if (error) return error;
      const consent = s.consents.find((c) => c.consentId === command.consentId);
      if (!consent)
        return domainError("CONSENT_NOT_FOUND", { details: { consentId: command.consentId } });
      if (consent.withdrawnAt !== null) {
        return domainError("CONSENT_ALREADY_WITHDRAWN", {
          details: { consentId: command.consentId },
        });
      }
      const withdrawnAt = command.withdrawnAt ?? now;
      const dateError = consentWithdrawnAtError(consent, withdrawnAt, now);
      if (dateError) {
        const readable = informationReach(s.consents, actor.organisationId, now).reaches(
          consent.recordedBy.organisationId,
        );
        return readable ? dateError : { ...dateError, details: { withdrawnAt } };
      }
      return {
        state: {
          ...s,
          consents: s.consents.map((c) =>
            c.consentId === command.consentId
              ? { ...c, withdrawnAt, withdrawalRecordedBy: provenanceOf(actor, now) }
              : c,
          ),
        },
        events: [{ type: "ConsentWithdrawn", consentId: command.consentId, withdrawnAt }],
      };
    },
  );
}
