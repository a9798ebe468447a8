import type { Actor } from "../actors/actor";
import { isLeader } from "../actors/actor";
import type { PendingCaseEvent } from "../cases/case-events";
import { currentMember, participatingOrganisation, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { z } from "../common/zod";
import { type DomainError, domainError } from "../errors/domain-error";
import { mayReadAgreementVersion } from "../views/agreement-signing";
import { agreementCompleteness } from "./agreement-completeness";
import { type AgreementKind, AgreementKindSchema } from "./agreement-schemas";
import {
  type AgreementVersion,
  CitizenAgreementRecordSchema,
  type SignatoryCapacity,
  SignatoryCapacitySchema,
  type Signature,
} from "./agreement-version";
import { citizenAgreedAtError } from "./citizen-agreement-dates";

export const SignAgreementCommandSchema = z.object({
  kind: AgreementKindSchema,
  version: z.number().int().min(1),
  /** `leader` for the organisational agreement; `team` or `citizen` for the citizen agreement. */
  signAs: SignatoryCapacitySchema,
  /** R11: with `signAs: "citizen"`, how and when the citizen agreed. */
  citizenAgreement: CitizenAgreementRecordSchema.nullish(),
});
export type SignAgreementCommand = z.input<typeof SignAgreementCommandSchema>;

/** R10/R11: who may sign an agreement in which capacity, and for which organisation. */
function signatoryError(
  state: CaseState,
  kind: AgreementKind,
  signAs: SignatoryCapacity,
  actor: Actor,
): DomainError | null {
  const rule = kind === "organisational" ? "R10" : "R11";
  const notAllowed = () =>
    domainError("SIGNATORY_NOT_ALLOWED", {
      rule,
      details: { kind, signAs, personId: actor.personId },
    });
  if (kind === "organisational") {
    // R10: the leaders of the participating organisations sign, each for their own.
    if (signAs !== "leader" || !isLeader(actor)) return notAllowed();
    if (!participatingOrganisation(state, actor.organisationId)) return notAllowed();
    return null;
  }
  // R11: the citizen and the team sign; a team member signs for the team and records the
  // citizen's signature (the citizen does not use the system).
  if (signAs === "leader" || !currentMember(state, actor.personId)) return notAllowed();
  return null;
}

const sameParty = (a: Signature, b: Signature) =>
  a.signAs === b.signAs && (a.signAs !== "leader" || a.organisationId === b.organisationId);

/** Signed when every required party has signed: every participating organisation (R10), or citizen and team (R11). */
function isFullySigned(state: CaseState, kind: AgreementKind, signatures: Signature[]): boolean {
  if (kind === "citizen") {
    return (
      signatures.some((s) => s.signAs === "citizen") && signatures.some((s) => s.signAs === "team")
    );
  }
  return state.organisations.every((organisation) =>
    signatures.some((s) => s.organisationId === organisation.organisationId),
  );
}

/**
 * R10/R11: signs the latest version of an agreement. Only a complete agreement is signed
 * (the error names each missing field), and only by a person who may read it (R4). When the last required signature is added, the
 * version becomes `signed` and is never edited again.
 */
export function signAgreement(
  state: CaseState,
  input: SignAgreementCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    SignAgreementCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const rule = command.kind === "organisational" ? "R10" : "R11";
      const error =
        requireStatus(s, ["active"], rule) ??
        signatoryError(s, command.kind, command.signAs, actor);
      if (error) return error;
      const versions: AgreementVersion[] = s.agreements[command.kind];
      const target = versions.find((v) => v.version === command.version);
      if (!target)
        return domainError("AGREEMENT_NOT_FOUND", {
          rule,
          details: { kind: command.kind, version: command.version },
        });
      if (target !== versions.at(-1)) {
        return domainError("AGREEMENT_NOT_LATEST_VERSION", {
          rule,
          details: { kind: command.kind, version: command.version },
        });
      }
      // R4: nobody signs — or records the citizen's agreement to — contents the citizen's
      // consent does not let reach their organisation.
      if (!mayReadAgreementVersion(s, target, actor, now)) {
        return domainError("AGREEMENT_NOT_READABLE", {
          details: {
            kind: command.kind,
            version: command.version,
            consentMustCover: [target.savedBy.organisationId, actor.organisationId],
          },
        });
      }
      const completeness = agreementCompleteness(command.kind, target.content);
      if (!completeness.complete) {
        return domainError("AGREEMENT_INCOMPLETE", {
          rule,
          details: {
            kind: command.kind,
            version: command.version,
            missing: completeness.missing.map((field) => ({
              key: field.key,
              label: field.label,
              rule: field.rule,
            })),
          },
        });
      }
      const citizenAgreement =
        command.signAs === "citizen" ? (command.citizenAgreement ?? null) : null;
      const agreedError =
        citizenAgreement && citizenAgreedAtError(s, citizenAgreement.agreedAt, now);
      if (agreedError) return agreedError;
      const signature: Signature = {
        signAs: command.signAs,
        signedAt: now,
        signedBy: actor,
        organisationId: command.signAs === "leader" ? actor.organisationId : null,
        citizenAgreement,
      };
      if (
        target.status === "signed" ||
        target.signatures.some((existing) => sameParty(existing, signature))
      ) {
        return domainError("AGREEMENT_ALREADY_SIGNED", {
          rule,
          details: { kind: command.kind, version: command.version, signAs: command.signAs },
        });
      }
      const signatures = [...target.signatures, signature];
      const fullySigned = isFullySigned(s, command.kind, signatures);
      const signed: AgreementVersion = {
        ...target,
        signatures,
        status: fullySigned ? "signed" : "signing",
        signedAt: fullySigned ? now : null,
      };
      const events: PendingCaseEvent[] = [
        {
          type: "AgreementSignatureAdded",
          agreement: command.kind,
          version: command.version,
          signAs: command.signAs,
          organisationId: signature.organisationId,
        },
      ];
      if (fullySigned)
        events.push({ type: "AgreementSigned", agreement: command.kind, version: command.version });
      return {
        state: {
          ...s,
          agreements: { ...s.agreements, [command.kind]: [...versions.slice(0, -1), signed] },
        },
        events,
      };
    },
  );
}
