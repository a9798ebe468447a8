import { describe, expect, it } from "vitest";
import { contactPerson, ctx, expectError, expectOk } from "../../test/fixtures";
import { domainErrors } from "../errors/domain-error";
import { type RegisterInitiativeCommand, registerInitiative } from "./register-initiative";

const NOW = new Date("2025-03-04T09:00:00Z");
const input: RegisterInitiativeCommand = {
  caseId: "case-1",
  citizen: { citizenId: "borger-1", name: "Jens Jensen" },
  initiativeAt: new Date("2025-03-03T09:00:00Z"),
  reasons: { categories: ["self_harm"], text: "Tre indlæggelser i år" },
  citizenStance: "accepts_some_help",
  citizenStanceNote: null,
};

describe("R5/R9 the initiative date lies between the model's start and now", () => {
  it("refuses an initiative before 1 January 2018 in Danish time, with its own code", () => {
    for (const initiativeAt of [
      "0001-01-01T00:00:00Z",
      "1999-12-31T12:00:00Z",
      // 23:59:59.999 on 31 December 2017 in Copenhagen (CET, UTC+1)
      "2017-12-31T22:59:59.999Z",
    ]) {
      const error = expectError(
        registerInitiative({ ...input, initiativeAt }, ctx(contactPerson, NOW)),
        "INITIATIVE_BEFORE_MODEL",
      );
      expect(error.rule).toBe("R5");
      expect(error.details).toEqual({ initiativeAt: new Date(initiativeAt) });
    }
    expect(domainErrors.INITIATIVE_BEFORE_MODEL.message.da).toContain("1. januar 2018");
  });

  it("accepts an initiative from midnight on 1 January 2018 Danish time", () => {
    // 00:00 in Copenhagen is still 31 December in UTC.
    const { state } = expectOk(
      registerInitiative(
        { ...input, initiativeAt: "2017-12-31T23:00:00Z" },
        ctx(contactPerson, NOW),
      ),
    );
    expect(state.initiative.initiativeAt).toEqual(new Date("2017-12-31T23:00:00Z"));
  });

  it("still refuses an initiative in the future", () => {
    expectError(
      registerInitiative(
        { ...input, initiativeAt: new Date(NOW.getTime() + 1) },
        ctx(contactPerson, NOW),
      ),
      "INITIATIVE_IN_FUTURE",
    );
  });
});

describe("hostile text is refused at the door", () => {
  const hostileTexts = [
    "Jens\u0000Jensen",
    "Jens \ud800",
    "\u200b",
    "Jens \u202eJensen",
    "\u2066Jens\u2069",
  ];

  it.each(hostileTexts)("refuses %j as the citizen's name, reasons or stance note", (text) => {
    const variants: RegisterInitiativeCommand[] = [
      { ...input, citizen: { citizenId: "borger-1", name: text } },
      { ...input, reasons: { categories: [], text } },
      { ...input, citizenStanceNote: text },
      { ...input, caseId: text },
    ];
    for (const variant of variants) {
      const error = expectError(
        registerInitiative(variant, ctx(contactPerson, NOW)),
        "INVALID_COMMAND",
      );
      expect(error.details?.issues).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^Teksten /) }),
      ]);
    }
  });

  it("stores the name trimmed and in NFC", () => {
    const { state } = expectOk(
      registerInitiative(
        { ...input, citizen: { citizenId: "borger-1", name: "  A\u030ase Ørsted " } },
        ctx(contactPerson, NOW),
      ),
    );
    expect(state.citizen.name).toBe("\u00c5se Ørsted");
  });

  it("explains a missing reason in Danish", () => {
    const error = expectError(
      registerInitiative(
        { ...input, reasons: { categories: [], text: null } },
        ctx(contactPerson, NOW),
      ),
      "INVALID_COMMAND",
    );
    expect(error.details?.issues).toEqual([
      {
        path: "reasons.categories",
        message: "Angiv mindst én begrundelse: en kategori eller en tekst.",
      },
    ]);
  });
});
