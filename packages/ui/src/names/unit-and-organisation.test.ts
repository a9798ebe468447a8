import { describe, expect, it } from "vitest";
import { unitAndOrganisation } from "./unit-and-organisation";

describe("unitAndOrganisation", () => {
  it("names the unit and its organisation", () => {
    expect(unitAndOrganisation("Socialpsykiatri og Bostøtte", "Holstebro Kommune")).toBe(
      "Socialpsykiatri og Bostøtte, Holstebro Kommune",
    );
  });

  it("does not name an organisation twice when the unit carries its name", () => {
    expect(unitAndOrganisation("Lægehuset Nørregade", "Lægehuset Nørregade, Holstebro")).toBe(
      "Lægehuset Nørregade, Holstebro",
    );
    expect(unitAndOrganisation("Lægehuset Nørregade", "Lægehuset Nørregade")).toBe(
      "Lægehuset Nørregade",
    );
  });

  it("keeps a unit whose name merely begins like another word", () => {
    expect(unitAndOrganisation("Holstebro", "Holstebrohus")).toBe("Holstebro, Holstebrohus");
  });
});
