import { createEmptyPostgresDatabase, testDatabaseKinds } from "@samstemt/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, startTestServer, type TestServer, trpcQuery } from "./start-test-server";

interface MyNotifications {
  unread: number;
  items: Array<{ kind: string; caseId: string | null; readAt: string | null }>;
}

/**
 * The demo after start (issue 12, "done when"): the worker's start-up scan has raised the
 * R9 alerts for the demo's cases near or past their deadline, in the app, and the demo has an
 * administrator for the dead letters.
 */
describe.each(testDatabaseKinds())("the demo's alerts after start on %s (issue 12)", (kind) => {
  let server: TestServer;
  let dropDatabase = async () => {};

  beforeAll(async () => {
    const env: Record<string, string> = {};
    if (kind === "postgresql") {
      const database = await createEmptyPostgresDatabase();
      env.DATABASE_URL = database.url;
      env.DEMO = "true";
      dropDatabase = database.drop;
    }
    server = await startTestServer(env);
    await server.ready;
  }, 120_000);
  afterAll(async () => {
    await server?.cleanup();
    await dropDatabase();
  });

  const caseOf = async (citizen: string) => {
    const rows = await server.state.database?.sql.query<{ id: string }>(
      `SELECT c."id" FROM "case" c JOIN "citizen" z ON z."id" = c."citizen_id" WHERE z."name" = $1`,
      [citizen],
    );
    return rows?.[0]?.id;
  };

  /** The person's notifications once one of `kind` about `caseId` is there (or time is up). */
  const alertsOf = async (
    username: string,
    kind: string,
    caseId: string | undefined,
  ): Promise<MyNotifications> => {
    const cookie = await signIn(server.url, username);
    // The scan runs as a job right after start, one recipient after another, and under load
    // (or after a retry) it can take a while: wait for the alert rather than for a fixed time.
    const until = Date.now() + 150_000;
    for (;;) {
      const { status, data } = await trpcQuery<MyNotifications>(
        server.url,
        "notifications.mine",
        cookie,
      );
      expect(status).toBe(200);
      const there = data.items.some((item) => item.kind === kind && item.caseId === caseId);
      if (there || Date.now() > until) return data;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  it("has unread R9 alerts for the coordinators of a case near and one past its deadline", async () => {
    // Jannie Krog: initiative 27 days ago, no meeting yet — the deadline is days away.
    const approaching = await caseOf("Jannie Krog");
    const mads = await alertsOf("mads", "deadline.approaching", approaching);
    expect(mads.unread).toBeGreaterThan(0);
    expect(mads.items).toContainEqual(
      expect.objectContaining({ kind: "deadline.approaching", caseId: approaching, readAt: null }),
    );
    // Brian Kragh: initiative 45 days ago, no meeting — overdue; Camilla coordinates.
    const overdue = await caseOf("Brian Kragh");
    const camilla = await alertsOf("camilla", "deadline.overdue", overdue);
    expect(camilla.items).toContainEqual(
      expect.objectContaining({ kind: "deadline.overdue", caseId: overdue }),
    );
  }, 330_000);

  it("makes Rikke Sand the demo's administrator: she sees the dead letters, a leader does not", async () => {
    const rikke = await signIn(server.url, "rikke");
    expect((await trpcQuery(server.url, "notifications.deadLetters", rikke)).status).toBe(200);
    const hanne = await signIn(server.url, "hanne");
    expect((await trpcQuery(server.url, "notifications.deadLetters", hanne)).status).toBe(403);
  });
});
