import { type DbHandle, prismaOf } from "../client/transaction";

/** What an ended session leaves for the audit log and the identity provider's sign-out. */
export interface EndedSession {
  personId: string;
  method: string;
  idToken: string | null;
}

/**
 * Ends the session stored under this token hash, returning what it was; null when there was
 * none (already ended, or never existed).
 */
export async function deleteSession(db: DbHandle, tokenHash: string): Promise<EndedSession | null> {
  const rows = await prismaOf(db).$queryRaw<
    Array<{ person_id: string; method: string; id_token: string | null }>
  >`DELETE FROM "session" WHERE "token_hash" = ${tokenHash}
    RETURNING "person_id", "method", "id_token"`;
  const [row] = rows;
  return row ? { personId: row.person_id, method: row.method, idToken: row.id_token } : null;
}

/**
 * Records that a session was used at `at`, at most once per `granularityMs` (a minute by
 * default) so that a busy page does not write a row per request.
 */
export async function touchSession(
  db: DbHandle,
  tokenHash: string,
  at: Date,
  granularityMs = 60_000,
): Promise<void> {
  await prismaOf(db).session.updateMany({
    where: { tokenHash, lastSeenAt: { lt: new Date(at.getTime() - granularityMs) } },
    data: { lastSeenAt: at },
  });
}
