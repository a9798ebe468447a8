import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@samstemt/db";
import { readServerConfig } from "../src/env";
import { type RunningServer, type StartOptions, startServer } from "../src/start-server";

export interface TestServer extends RunningServer {
  dataDir: string;
  cleanup(): Promise<void>;
}

/** A port nobody listens on now, for a server that must know its address before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/**
 * A real server on a free port with its own data folder, configured as from the environment.
 * A production server must be told its public address: unless the test names one, it gets the
 * address it listens at.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), "samstemt-test-")),
  options: StartOptions = {},
): Promise<TestServer> {
  const address =
    env.NODE_ENV === "production" && !env.PUBLIC_URL
      ? await freePort().then((port) => ({
          PORT: String(port),
          PUBLIC_URL: `http://127.0.0.1:${port}`,
        }))
      : { PORT: "0" };
  const config = readServerConfig({ ...address, DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env });
  const server = await startServer(config, options);
  return {
    ...server,
    dataDir,
    async cleanup() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A browser posting from the app itself says so: its Origin is the server's own. */
export function fromApp(url: string, headers: Record<string, string> = {}) {
  return { Origin: new URL(url).origin, ...headers };
}

export async function signIn(url: string, username: string, previousCookie = ""): Promise<string> {
  const response = await fetch(`${url}/auth/dev-login`, {
    method: "POST",
    headers: fromApp(url, {
      "Content-Type": "application/json",
      ...(previousCookie && { cookie: previousCookie }),
    }),
    body: JSON.stringify({ username }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}

export async function trpcQuery<T>(
  url: string,
  path: string,
  cookie: string,
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${url}/trpc/${path}`, { headers: { cookie } });
  const body = (await response.json()) as { result?: { data: { json: T } } };
  return { status: response.status, data: body.result?.data.json as T };
}

/** How many rows a table holds, read with plain SQL: tests look at the database from outside. */
export async function countRows(
  database: Database | null,
  table: "citizen" | "person" | "seed_run",
): Promise<number> {
  if (!database) throw new Error("the server has no database open");
  const [row] = await database.sql.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${table}`,
  );
  return row?.count ?? 0;
}
