import { requireCaseParticipant, requireStatus, requireUnusedId } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { IdSchema, InstantSchema, OptionalTextSchema } from "../common/schemas";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { ConsentGiverSchema, ConsentMethodSchema, ConsentPurposeSchema } from "./consent";
import { consentExpiryHorizonError, consentGivenAtError } from "./consent-dates";
import { oneYearAfter } from "./consent-validity";

export const RecordConsentCommandSchema = z.object({
  consentId: IdSchema,
  givenBy: ConsentGiverSchema.default({ kind: "citizen" }),
  method: ConsentMethodSchema,
  purpose: ConsentPurposeSchema.default("treatment"),
  organisationIds: z
    .array(IdSchema)
    .min(2)
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length >= 2, { message: "A consent covers at least two organisations" }),
  givenAt: InstantSchema,
  expiresAt: InstantSchema.nullish().transform((value) => value ?? null),
  note: OptionalTextSchema,
});
export type RecordConsentCommand = z.input<typeof RecordConsentCommandSchema>;

/**
 * R4: records the citizen's consent to exchange the necessary information between the
 * organisations it names (no consent is needed to apply the model itself). Consent for
 * purposes other than treatment must be written and lasts at most one year; without an
 * expiry it is given one, a year after it was given.
 */
export function recordConsent(
  state: CaseState,
  input: RecordConsentCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    RecordConsentCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const error =
        requireStatus(s, ["initiated", "endorsed", "active"], "R4") ??
        requireCaseParticipant(s, actor, "R4") ??
        requireUnusedId(
          [...s.consents, ...s.correctedConsents].map((c) => c.consentId),
          command.consentId,
          "consent",
        );
      if (error) return error;
      const givenError = consentGivenAtError(command.givenAt, now);
      if (givenError) return givenError;
      let expiresAt = command.expiresAt;
      if (command.purpose === "other") {
        if (command.method !== "written") return domainError("CONSENT_MUST_BE_WRITTEN");
        const latest = oneYearAfter(command.givenAt);
        if (expiresAt === null) expiresAt = latest;
        else if (expiresAt.getTime() > latest.getTime()) {
          return domainError("CONSENT_EXPIRY_INVALID", { details: { expiresAt, latest } });
        }
      }
      if (expiresAt !== null && expiresAt.getTime() <= command.givenAt.getTime()) {
        return domainError("CONSENT_EXPIRY_INVALID", {
          details: { expiresAt, givenAt: command.givenAt },
        });
      }
      const horizonError = consentExpiryHorizonError(command.givenAt, expiresAt);
      if (horizonError) return horizonError;
      return {
        state: {
          ...s,
          consents: [
            ...s.consents,
            {
              consentId: command.consentId,
              givenBy: command.givenBy,
              method: command.method,
              purpose: command.purpose,
              organisationIds: command.organisationIds,
              givenAt: command.givenAt,
              expiresAt,
              recordedAt: now,
              recordedBy: provenanceOf(actor, now),
              withdrawnAt: null,
              withdrawalRecordedBy: null,
              note: command.note,
            },
          ],
        },
        events: [
          {
            type: "ConsentRecorded",
            consentId: command.consentId,
            organisationIds: command.organisationIds,
            purpose: command.purpose,
            givenAt: command.givenAt,
            expiresAt,
          },
        ],
      };
    },
  );
}
