import { createHmac, randomBytes } from "node:crypto";

/**
 * A pseudonym per citizen for one export: HMAC-SHA-256 of the citizen's id under a random
 * key made for this export and never stored. The same citizen has the same pseudonym in
 * every row of the export (several cases can be followed), and a different one in every
 * other export, so exports cannot be joined; without the key nobody can go back. Computed
 * per row rather than remembered, so a million citizens cost no memory.
 */
export function createPseudonymiser(): (citizenId: string) => string {
  const key = randomBytes(32);
  return (citizenId) =>
    `P${createHmac("sha256", key).update(citizenId).digest("hex").slice(0, 20)}`;
}
