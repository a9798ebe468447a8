import { createHash, randomBytes } from "node:crypto";
import { createSession, type DbHandle, deleteSession, findSessionPerson } from "@samstemt/db";
import type { Actor } from "../context";

export const SESSION_COOKIE = "samstemt_session";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Starts a session for a person and returns the cookie's token. The token itself is never
 * stored, only its hash. `method` says how they signed in ("demo" now, "oidc" later), so a
 * real OpenID Connect login slots in beside the demo login without changing sessions.
 */
export async function startSession(
  db: DbHandle,
  input: { personId: string; method: "demo" | "oidc"; now: Date; ttlHours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
  await createSession(db, {
    tokenHash: hashToken(token),
    personId: input.personId,
    method: input.method,
    createdAt: input.now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The actor behind a cookie token, or null when it is unknown or expired. */
export async function actorForSession(
  db: DbHandle,
  token: string | undefined,
  now: Date,
): Promise<Actor | null> {
  if (!token) return null;
  const session = await findSessionPerson(db, hashToken(token));
  if (!session || session.expiresAt <= now) return null;
  return {
    personId: session.personId,
    name: session.name,
    role: session.role,
    unitId: session.unitId,
    unitName: session.unitName,
    organisationId: session.organisationId,
    organisationName: session.organisationName,
    sector: session.sector,
  };
}

export async function endSession(db: DbHandle, token: string | undefined): Promise<void> {
  if (!token) return;
  await deleteSession(db, hashToken(token));
}
