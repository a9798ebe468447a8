import type { Actor } from "../actors/actor";
import { isCaseParticipant, requireCaseParticipant } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { IdSchema, TextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import type { Consent } from "./consent";

export const CorrectConsentRegistrationCommandSchema = z.object({
  consentId: IdSchema,
  /** Why the registration was a mistake: required, so the history can tell it later. */
  reason: TextSchema,
});
export type CorrectConsentRegistrationCommand = z.input<
  typeof CorrectConsentRegistrationCommandSchema
>;

/**
 * R4: who may correct a consent registration — a person taking part in the case for the
 * organisation that registered it. The registration is that organisation's record (its
 * provenance), so nobody else rewrites it; they can always read it, whatever the consent.
 */
export const mayCorrectConsentRegistration = (
  state: CaseState,
  actor: Actor,
  consent: Pick<Consent, "recordedBy">,
): boolean =>
  isCaseParticipant(state, actor) && consent.recordedBy.organisationId === actor.organisationId;

/**
 * R4: corrects a consent registered by mistake. Unlike a withdrawal (the citizen took back a
 * consent they gave, and information stops flowing from then on), a correction says the
 * consent was never given as registered: it covers nothing at any time from now on, and is
 * kept with who corrected it, when and why, beside the registration as it was. Allowed in
 * every status, like a withdrawal: a wrong registration must stop information from flowing
 * also after closing. A withdrawn consent may still be corrected; its withdrawal is kept.
 */
export function correctConsentRegistration(
  state: CaseState,
  input: CorrectConsentRegistrationCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    CorrectConsentRegistrationCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error = requireCaseParticipant(s, actor, "R4");
      if (error) return error;
      const consent = s.consents.find((c) => c.consentId === command.consentId);
      if (!consent) {
        const corrected = s.correctedConsents.some((c) => c.consentId === command.consentId);
        return domainError(corrected ? "CONSENT_ALREADY_CORRECTED" : "CONSENT_NOT_FOUND", {
          details: { consentId: command.consentId },
        });
      }
      if (!mayCorrectConsentRegistration(s, actor, consent)) {
        return domainError("CONSENT_CORRECTION_NOT_OWN_REGISTRATION", {
          details: { consentId: command.consentId, recordedBy: consent.recordedBy.organisationId },
        });
      }
      return {
        state: {
          ...s,
          consents: s.consents.filter((c) => c.consentId !== command.consentId),
          correctedConsents: [
            ...s.correctedConsents,
            {
              ...consent,
              correction: { reason: command.reason, correctedBy: provenanceOf(actor, now) },
            },
          ],
        },
        // The reason stays in the state, behind the consent-aware view: events reach the
        // outbox and the worker, which need only that the registration no longer counts.
        events: [{ type: "ConsentRegistrationCorrected", consentId: command.consentId }],
      };
    },
  );
}
