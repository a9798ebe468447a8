import type { AlertCondition } from "@samstemt/domain";
import { describe, expect, it } from "vitest";
import { alertTexts } from "../src/alerts/alert-texts";

const condition: AlertCondition = {
  kind: "deadline.approaching",
  key: "deadline.approaching:case-1",
  caseId: "5b0c1f4e-9a43-4b55-8d2c-2f0e4c7c1a11",
  dueAt: new Date("2026-12-20T12:00:00Z"),
  audience: { personIds: ["p1"], leadersOfUnitId: null },
};

describe("links in alerts and their e-mails", () => {
  it("point at the address Samstemt is reached at, in both languages", () => {
    const texts = alertTexts(condition, "https://samstemt.region.example/");
    for (const text of [texts.da, texts.en]) {
      expect(text.body).toContain(`https://samstemt.region.example/sager/${condition.caseId}`);
      expect(text.body).not.toContain("localhost:3000");
    }
  });

  it("carry the case's path, not a guessed host, when no address is known", () => {
    const texts = alertTexts(condition, null);
    expect(texts.da.body).toContain(`Åbn sagen: /sager/${condition.caseId}`);
    expect(texts.da.body).not.toMatch(/https?:\/\//);
  });
});
