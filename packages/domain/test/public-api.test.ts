import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorCatalogue } from "../src/errors/error-catalogue";
import * as domain from "../src/index";
import * as jsonSchemas from "../src/json-schemas";
import * as labels from "../src/labels";

describe("public API contract", () => {
  it("keeps the vocabulary the db/api packages rely on", () => {
    expect(domain.sectors).toEqual([
      "region",
      "municipality",
      "general_practice",
      "probation_service",
    ]);
    expect(domain.staffRoles).toEqual(["staff", "leader", "analyst"]);
    expect(domain.caseStatuses).toEqual([
      "initiated",
      "excluded",
      "endorsed",
      "declined",
      "active",
      "closed",
    ]);
    expect(domain.SectorSchema.parse("region")).toBe("region");
    expect(domain.StaffRoleSchema.safeParse("boss").success).toBe(false);
    expect(domain.CaseStatusSchema.parse("active")).toBe("active");
  });

  it("exports the R9/R12 functions named in the issue", () => {
    expect(typeof domain.firstMeetingDeadline).toBe("function");
    expect(typeof domain.deadlineStatus).toBe("function");
    expect(typeof domain.quarterOf).toBe("function");
  });
});

describe("error catalogue", () => {
  it("every code has a rule-or-null, Danish and English messages, and a kind", () => {
    for (const code of domain.domainErrorCodes) {
      const definition = domain.domainErrors[code];
      expect(definition.rule === null || domain.ruleIds.includes(definition.rule)).toBe(true);
      expect(definition.message.da).toMatch(/\.$/);
      expect(definition.message.en).toMatch(/\.$/);
      expect(["invalid", "forbidden", "not_found", "conflict"]).toContain(
        domain.domainErrorKinds[code],
      );
    }
  });
});

describe("error catalogue types", () => {
  it("keeps each code's rule and messages as literal types", () => {
    // A compile-time check: the assignments fail to typecheck if the literals widen to string.
    const rule: "R6" = domain.domainErrors.ORGANISATION_NOT_INVITED.rule;
    const da: "Organisationen deltager allerede i sagen." =
      domain.domainErrors.ORGANISATION_ALREADY_PARTICIPATING.message.da;
    expect([rule, da]).toEqual(["R6", "Organisationen deltager allerede i sagen."]);
  });
});

describe("error catalogue as a keyed table", () => {
  it("derives domainErrors and domainErrorKinds from one entry per code", () => {
    for (const code of domain.domainErrorCodes) {
      const { rule, kind, da, en } = errorCatalogue[code];
      expect(domain.domainErrors[code]).toEqual({ rule, message: { da, en } });
      expect(domain.domainErrorKinds[code]).toBe(kind);
    }
  });

  it("R5: has a code for an initiative before the model existed, refused as invalid input", () => {
    expect(domain.domainErrors.INITIATIVE_BEFORE_MODEL).toEqual({
      rule: "R5",
      message: {
        da: "Tidspunktet for initiativet kan ikke ligge før 1. januar 2018, før samarbejdsmodellen fandtes.",
        en: "The time of the initiative cannot be before 1 January 2018, before the collaboration model existed.",
      },
    });
    expect(domain.domainErrorKinds.INITIATIVE_BEFORE_MODEL).toBe("invalid");
    expect(domain.MODEL_START_DAY).toEqual({ year: 2018, month: 1, day: 1 });
  });
});

describe("sub-path entries", () => {
  it("serves UI labels from /labels and JSON Schema publishing from /json-schemas, not from the main entry", () => {
    expect(Object.keys(labels).sort()).toEqual([
      "agreementTitles",
      "exclusionAlternativeLabels",
      "initiativeReasonLabels",
      "quarterDisplayName",
    ]);
    expect(Object.keys(jsonSchemas).sort()).toEqual(["publishedSchemas", "toPublishedJsonSchema"]);
    for (const name of [...Object.keys(labels), ...Object.keys(jsonSchemas)]) {
      expect(name in domain).toBe(false);
    }
  });

  it("exports the input safety rules: text schemas and CPR validation", () => {
    expect(domain.PersonNameSchema.safeParse("\u200b").success).toBe(false);
    expect(domain.CprSchema.safeParse("3213991234").success).toBe(false);
    expect(domain.isValidCpr("0101901234")).toBe(true);
  });
});

describe("Danish time", () => {
  const sourceDir = fileURLToPath(new URL("../src", import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
    });

  it("spells the IANA zone once, as DANISH_TIME_ZONE, and no other module spells it", () => {
    const zoneName = domain.DANISH_TIME_ZONE;
    // The runtime knows the zone by that name, and it is Copenhagen's.
    expect(new Intl.DateTimeFormat("en", { timeZone: zoneName }).resolvedOptions().timeZone).toBe(
      zoneName,
    );
    expect(zoneName.endsWith("/Copenhagen")).toBe(true);
    const mentions = sources(sourceDir).filter((path) =>
      readFileSync(path, "utf8").includes(zoneName),
    );
    expect(mentions).toEqual([join(sourceDir, "time", "copenhagen.ts")]);
  });
});
