import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { publishedSchemas, toPublishedJsonSchema } from "./published-schemas";

describe("JSON Schemas for teams not on TypeScript", () => {
  it("publishes every command and both agreements", () => {
    expect(Object.keys(publishedSchemas)).toEqual(
      expect.arrayContaining([
        "RegisterInitiativeCommand",
        "EndorseInitiativeCommand",
        "ActivateCaseCommand",
        "SignAgreementCommand",
        "OrganisationalAgreement",
        "CitizenAgreement",
        "OrganisationalAgreementDraft",
        "CitizenAgreementDraft",
        "CaseState",
      ]),
    );
  });

  it("renders instants as date-time strings and keeps the R10 fields required", () => {
    const register = toPublishedJsonSchema(
      "RegisterInitiativeCommand",
      publishedSchemas.RegisterInitiativeCommand as z.ZodType,
    );
    expect(register).toMatchObject({
      title: "RegisterInitiativeCommand",
      properties: { initiativeAt: { type: "string", format: "date-time" } },
    });
    const organisational = toPublishedJsonSchema(
      "OrganisationalAgreement",
      publishedSchemas.OrganisationalAgreement as z.ZodType,
    );
    expect(organisational.required).toEqual(
      expect.arrayContaining(["citizenName", "overallGoal", "communicationChannels"]),
    );
  });

  it("every published schema converts", () => {
    for (const [name, schema] of Object.entries(publishedSchemas)) {
      expect(JSON.stringify(toPublishedJsonSchema(name, schema))).toContain(`"title":"${name}"`);
    }
  });
});
