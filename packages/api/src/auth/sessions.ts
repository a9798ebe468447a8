import { createHash, randomBytes } from "node:crypto";
import {
  createSession,
  type Database,
  type DbHandle,
  deleteSession,
  findLiveSession,
  touchSession,
  withTransaction,
  writeAuditEntries,
} from "@samstemt/db";
import type { Actor } from "../context";

export const SESSION_COOKIE = "samstemt_session";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type SignInMethod = "demo" | "oidc";

/** How long a session lives: an absolute lifetime and an idle timeout. */
export interface SessionPolicy {
  /** Ends this long after sign-in, however busy (default 12 h). */
  ttlHours: number;
  /** Ends after this long without a request (default 30 min). */
  idleMinutes: number;
}

export const defaultSessionPolicy: SessionPolicy = { ttlHours: 12, idleMinutes: 30 };

/**
 * Starts a session for a person and returns the cookie's token. Every sign-in gets a new
 * token: the session the browser came with (`previousToken`) ends in the same transaction,
 * so signing in as someone else never leaves the old sign-in usable. Only the token's hash is
 * stored. Both the sign-in and the ended session are audited.
 */
export async function startSession(
  db: Pick<Database, "prisma">,
  input: {
    personId: string;
    method: SignInMethod;
    now: Date;
    ttlHours: number;
    previousToken?: string | undefined;
    idToken?: string | null;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
  await withTransaction(db, async (tx) => {
    if (input.previousToken) {
      const ended = await deleteSession(tx, hashToken(input.previousToken));
      if (ended) {
        await auditSession(tx, ended.personId, "auth.sign-out", input.now, {
          method: ended.method,
          reason: "replaced by a new sign-in",
        });
      }
    }
    await createSession(tx, {
      tokenHash: hashToken(token),
      personId: input.personId,
      method: input.method,
      createdAt: input.now,
      expiresAt,
      idToken: input.idToken ?? null,
    });
    await auditSession(tx, input.personId, "auth.sign-in", input.now, { method: input.method });
  });
  return { token, expiresAt };
}

/**
 * The actor behind a cookie token, or null when it is unknown, past its absolute lifetime or
 * idle too long. An expired session is ended (and audited) when it is met; a live one is
 * marked as used.
 */
export async function actorForSession(
  db: DbHandle,
  token: string | undefined,
  now: Date,
  policy: Pick<SessionPolicy, "idleMinutes"> = defaultSessionPolicy,
): Promise<Actor | null> {
  if (!token) return null;
  const tokenHash = hashToken(token);
  const session = await findLiveSession(db, tokenHash);
  if (!session) return null;
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const reason =
    session.expiresAt <= now ? "expired" : session.lastSeenAt <= idleSince ? "idle" : null;
  if (reason) {
    const ended = await deleteSession(db, tokenHash);
    if (ended) {
      await auditSession(db, ended.personId, "auth.session.timeout", now, {
        method: ended.method,
        reason,
      });
    }
    return null;
  }
  // Written at most every quarter of the idle time (and at least every minute).
  await touchSession(db, tokenHash, now, Math.min(60_000, (policy.idleMinutes * 60_000) / 4));
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

/**
 * Ends the session on the server (sign-out) and audits it. Returns what the identity
 * provider's sign-out needs (its ID token), or null when there was no session.
 */
export async function endSession(
  db: DbHandle,
  token: string | undefined,
  now: Date = new Date(),
): Promise<{ method: string; idToken: string | null } | null> {
  if (!token) return null;
  const ended = await deleteSession(db, hashToken(token));
  if (!ended) return null;
  await auditSession(db, ended.personId, "auth.sign-out", now, { method: ended.method });
  return { method: ended.method, idToken: ended.idToken };
}

function auditSession(
  db: DbHandle,
  personId: string | null,
  action: string,
  at: Date,
  details: Record<string, string>,
) {
  return writeAuditEntries(db, [{ at, personId, action, citizenId: null, caseId: null, details }]);
}
