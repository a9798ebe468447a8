import { ActorSchema } from "../actors/actor";
import {
  CitizenAgreementDraftSchema,
  CitizenAgreementSchema,
  OrganisationalAgreementDraftSchema,
  OrganisationalAgreementSchema,
} from "../agreements/agreement-schemas";
import { CaseStateSchema } from "../cases/case-state";
import { caseCommands } from "../cases/execute-case-command";
import { InstantSchema } from "../common/schemas";
import { z } from "../common/zod";
import { RegisterInitiativeCommandSchema } from "../initiative/register-initiative";

const capitalise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const commandSchemas = Object.fromEntries(
  Object.entries(caseCommands).map(([type, { schema }]) => [`${capitalise(type)}Command`, schema]),
);

/**
 * The schemas published as JSON Schema files (`dist/schemas/<Name>.json`) for teams not on
 * TypeScript: every command, both agreements (complete and draft), the actor and the state.
 */
export const publishedSchemas: Record<string, z.ZodType> = {
  RegisterInitiativeCommand: RegisterInitiativeCommandSchema,
  ...commandSchemas,
  OrganisationalAgreement: OrganisationalAgreementSchema,
  OrganisationalAgreementDraft: OrganisationalAgreementDraftSchema,
  CitizenAgreement: CitizenAgreementSchema,
  CitizenAgreementDraft: CitizenAgreementDraftSchema,
  Actor: ActorSchema,
  CaseState: CaseStateSchema,
};

/**
 * JSON Schema of what a caller *sends* (zod's input side): instants are ISO 8601
 * date-time strings with an offset.
 */
export function toPublishedJsonSchema(name: string, schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (context) => {
      const zodSchema = context.zodSchema as unknown as { _zod: { def: { type: string } } };
      if (zodSchema === (InstantSchema as unknown) || zodSchema._zod.def.type === "date") {
        const target = context.jsonSchema as Record<string, unknown>;
        for (const key of Object.keys(target)) delete target[key];
        target.type = "string";
        target.format = "date-time";
      }
    },
  }) as Record<string, unknown>;
  return { ...json, $id: `https://samstemt.dk/schemas/${name}.json`, title: name };
}
