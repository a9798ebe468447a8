import type { Database } from "@samstemt/db";

/** What a client sees of one request: the HTTP status and the parsed body, if any. */
export interface Answer {
  status: number;
  body: unknown;
}

/** Calls a tRPC procedure over real HTTP the way the React apps do (superjson envelope). */
export async function callProcedure(
  url: string,
  cookie: string,
  path: string,
  type: "query" | "mutation",
  input: unknown,
): Promise<Answer> {
  const envelope = JSON.stringify({ json: input });
  const response =
    type === "query"
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(envelope)}`, {
          headers: { cookie },
        })
      : await fetch(`${url}/trpc/${path}`, {
          method: "POST",
          headers: { cookie, "Content-Type": "application/json", Origin: new URL(url).origin },
          body: envelope,
        });
  return sendRaw(response);
}

/** Posts a body as it is, however broken. */
export async function postRaw(url: string, cookie: string, path: string, body: string) {
  return sendRaw(
    await fetch(`${url}/trpc/${path}`, {
      method: "POST",
      headers: { cookie, "Content-Type": "application/json", Origin: new URL(url).origin },
      body,
    }),
  );
}

async function sendRaw(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text so the assertion message shows it.
  }
  return { status: response.status, body };
}

/** What a refused request must leave untouched: cases, their versions, citizens, events. */
export async function storedFacts(database: Database): Promise<string> {
  const [row] = await database.sql.query<Record<string, unknown>>(
    `SELECT (SELECT count(*) FROM "case")::int AS cases,
            (SELECT coalesce(sum(version), 0) FROM "case")::int AS versions,
            (SELECT count(*) FROM citizen)::int AS citizens,
            (SELECT count(*) FROM case_event)::int AS events`,
  );
  return JSON.stringify(row);
}
