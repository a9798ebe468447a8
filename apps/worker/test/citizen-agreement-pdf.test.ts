import { describe, expect, it } from "vitest";
import { renderCitizenAgreement } from "../src/digital-post/render-citizen-agreement";
import { citizenAgreement, names, pdfPages } from "./support/pdf-fixtures";

const text = async (pdf: Buffer) => (await pdfPages(pdf)).join(" ");

describe("the citizen agreement's PDF has a signature line for the citizen and one for the team (R11)", () => {
  it("a signed version: under each line who signed, above it how and when", async () => {
    const extracted = await text(await renderCitizenAgreement(citizenAgreement()));
    expect(extracted).toContain(
      `Underskrifter Du skrev under på papir 3. marts 2026 Borger/patient ${names.arabic}`,
    );
    expect(extracted).toContain(`Teamet skrev under 4. marts 2026 For teamet ${names.vietnamese}`);
    expect(extracted).not.toContain("Dato:");
  });

  it("how the citizen agreed is said in the citizen's words: at a meeting, by phone", async () => {
    const agreement = citizenAgreement();
    const [byCitizen, byTeam] = agreement.signatures;
    for (const [how, words] of [
      ["in_person", "Du sagde ja på et møde 3. marts 2026"],
      ["by_phone", "Du sagde ja i telefonen 3. marts 2026"],
    ] as const) {
      const version = {
        ...agreement,
        signatures: [
          {
            ...byCitizen,
            citizenAgreement: { how, agreedAt: new Date("2026-03-03T09:00:00Z") },
          },
          byTeam,
        ] as typeof agreement.signatures,
      };
      expect(await text(await renderCitizenAgreement(version))).toContain(words);
    }
  });

  it("a version not yet signed: two blank lines to sign on, each with a line for the date", async () => {
    const unsigned = {
      ...citizenAgreement(),
      status: "draft" as const,
      signatures: [],
      signedAt: null,
    };
    const extracted = await text(await renderCitizenAgreement(unsigned));
    expect(extracted).toContain(`Underskrifter Borger/patient ${names.arabic} Dato:`);
    expect(extracted).toContain("For teamet Dato:");
    expect(extracted).not.toContain("skrev under");
  });
});
