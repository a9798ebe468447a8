import { requireCaseParticipant, requireStatus } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { type CaseCommandResult, type CommandContext, runCaseCommand } from "../cases/command";
import { provenanceOf } from "../cases/provenance";
import { z } from "../common/zod";
import { domainError } from "../errors/domain-error";
import { mayReadAgreementVersion } from "../views/agreement-signing";
import {
  CitizenAgreementDraftSchema,
  OrganisationalAgreementDraftSchema,
} from "./agreement-schemas";
import type { AgreementVersion } from "./agreement-version";

export const SaveAgreementDraftCommandSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organisational"), content: OrganisationalAgreementDraftSchema }),
  z.object({ kind: z.literal("citizen"), content: CitizenAgreementDraftSchema }),
]);
export type SaveAgreementDraftCommand = z.input<typeof SaveAgreementDraftCommandSchema>;

/**
 * R10/R11: the leaders with the team write the organisational agreement; the team with the
 * citizen writes the citizen agreement. An unsigned draft is overwritten; once a version
 * carries any signature its content is frozen, and saving makes a new version.
 *
 * R4: only a person the latest version's content reaches may save. Overwriting an unsigned
 * draft would replace text they cannot see; a new version after a signed one revises that
 * version's contents (it is what the form starts from, and what the new one supersedes for
 * everybody), so it is refused just the same until the consent lets the content reach them.
 */
export function saveAgreementDraft(
  state: CaseState,
  input: SaveAgreementDraftCommand,
  context: CommandContext,
): CaseCommandResult {
  return runCaseCommand(
    SaveAgreementDraftCommandSchema,
    state,
    input,
    context,
    (s, command, { actor, now }) => {
      const rule = command.kind === "organisational" ? "R10" : "R11";
      const error = requireStatus(s, ["active"], rule) ?? requireCaseParticipant(s, actor, rule);
      if (error) return error;
      const versions: AgreementVersion[] = s.agreements[command.kind];
      const latest = versions.at(-1);
      if (latest !== undefined && !mayReadAgreementVersion(s, latest, actor, now)) {
        return domainError("AGREEMENT_DRAFT_NOT_READABLE", {
          details: {
            kind: command.kind,
            version: latest.version,
            consentMustCover: [latest.savedBy.organisationId, actor.organisationId],
          },
        });
      }
      const overwrite = latest !== undefined && latest.signatures.length === 0;
      const version = overwrite ? latest.version : (latest?.version ?? 0) + 1;
      const draft = {
        version,
        status: "draft" as const,
        savedAt: now,
        savedBy: provenanceOf(actor, now),
        signatures: [],
        signedAt: null,
        content: command.content,
      };
      const next = overwrite ? [...versions.slice(0, -1), draft] : [...versions, draft];
      return {
        state: { ...s, agreements: { ...s.agreements, [command.kind]: next } },
        events: [
          { type: "AgreementDraftSaved", agreement: command.kind, version, newVersion: !overwrite },
        ],
      };
    },
  );
}
