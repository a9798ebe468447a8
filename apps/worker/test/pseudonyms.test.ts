import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "../src/exports/pseudonyms";

/** The pseudonym by definition: "P" and the first 20 hex digits of HMAC-SHA-256. */
const byDefinition = (key: Buffer, citizenId: string) =>
  `P${createHmac("sha256", key).update(citizenId).digest("hex").slice(0, 20)}`;

const citizenId = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.stringMatching(/^[a-z0-9-]{50,60}$/),
);

describe("pseudonyms", () => {
  it("are HMAC-SHA-256 of the citizen's id under the export's key, for any id and key", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 0, maxLength: 64 }),
        fc.array(citizenId),
        (key, ids) => {
          const keyBuffer = Buffer.from(key);
          const pseudonym = createPseudonymiser(keyBuffer);
          for (const id of ids) expect(pseudonym(id)).toBe(byDefinition(keyBuffer, id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("are the same for a citizen within an export and differ between exports", () => {
    const first = createPseudonymiser();
    const second = createPseudonymiser();
    const id = "0190f1c2-1111-7000-8000-000000000001";
    expect(first(id)).toBe(first(id));
    expect(first(id)).toMatch(/^P[0-9a-f]{20}$/);
    expect(second(id)).not.toBe(first(id));
  });

  it("keep the key's bytes: a 32-byte random key by default", () => {
    const key = randomBytes(32);
    expect(createPseudonymiser(key)("c1")).toBe(byDefinition(key, "c1"));
  });
});
