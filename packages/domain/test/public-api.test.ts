import { describe, expect, it } from "vitest";
import * as domain from "../src/index";

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
