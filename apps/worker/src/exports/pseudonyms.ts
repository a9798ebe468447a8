import { createHmac, randomBytes } from "node:crypto";
import { createShortHmacSha256Hex } from "./hmac-sha256-short";

/**
 * A pseudonym per citizen for one export: HMAC-SHA-256 of the citizen's id under a random
 * key made for this export and never stored. The same citizen has the same pseudonym in
 * every row of the export (several cases can be followed), and a different one in every
 * other export, so exports cannot be joined; without the key nobody can go back. Computed
 * per row rather than remembered, so a million citizens cost no memory; the key stays in the
 * worker (the database could hash too, but would then see it).
 */
export function createPseudonymiser(key: Buffer = randomBytes(32)): (citizenId: string) => string {
  const hmacHex = (citizenId: string) =>
    createHmac("sha256", key).update(citizenId).digest("hex").slice(0, 20);
  const shortHmacHex = createShortHmacSha256Hex(key, 20, hmacHex);
  return (citizenId) => `P${shortHmacHex(citizenId)}`;
}
