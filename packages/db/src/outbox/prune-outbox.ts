import type { Database } from "../client/database";

/**
 * Deletes the outbox rows of events that every consumer has handled, once the last of them
 * was handled more than `olderThanSeconds` ago (the events themselves stay in case_event).
 * An event with any row still pending keeps all its rows. Returns how many rows went.
 */
export async function pruneHandledOutbox(
  database: Pick<Database, "prisma">,
  olderThanSeconds: number,
): Promise<number> {
  return database.prisma.$executeRaw`
    DELETE FROM "outbox" WHERE "event_id" IN (
      SELECT "event_id" FROM "outbox" GROUP BY "event_id"
      HAVING bool_and("handled_at" IS NOT NULL)
        AND max("handled_at") < now() - make_interval(secs => ${olderThanSeconds}))`;
}
