import { endSession, startSession } from "@samstemt/api";
import { findPersonByUsername, listDemoPeople } from "@samstemt/db";
import { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { ServerConfig } from "../env";
import type { ServerState } from "../server-state";
import { clearSessionCookie, sessionToken, setSessionCookie } from "./session-cookie";
import { signInRateLimit } from "./sign-in-rate-limit";

const devLoginInput = z.object({ username: z.string().trim().min(1).max(100) });

/**
 * Sign-in routes. The demo sign-in exists only in demo mode; the OpenID Connect sign-in
 * will start sessions the same way (startSession with method "oidc").
 */
export function authRoutes(config: ServerConfig, state: ServerState): Router {
  const routes = Router();
  const secure = config.production;

  const database = (res: Response) => {
    if (!state.ready || !state.database) {
      res.status(503).json({ error: "Samstemt starter stadig. Prøv igen om lidt." });
      return null;
    }
    return state.database;
  };
  const demoOnly = (_req: Request, res: Response, next: () => void) => {
    if (!config.demo) {
      res.status(404).json({ error: "Not found" });
      return;
    }
    next();
  };

  routes.get("/auth/dev-users", demoOnly, async (_req, res) => {
    const db = database(res);
    if (!db) return;
    res.json(await listDemoPeople(db));
  });

  routes.post(
    "/auth/dev-login",
    demoOnly,
    signInRateLimit(config.signInFailuresPerMinute),
    async (req, res) => {
      const parsed = devLoginInput.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: "Angiv et brugernavn." });
        return;
      }
      const db = database(res);
      if (!db) return;
      const person = await findPersonByUsername(db, parsed.data.username);
      // Only made-up demo people: with DEMO=true on a real database nobody can become real staff.
      if (!person?.demo) {
        res.status(401).json({ error: "Ukendt demobruger." });
        return;
      }
      const session = await startSession(db, {
        personId: person.personId,
        method: "demo",
        now: new Date(),
        ttlHours: config.sessionTtlHours,
      });
      setSessionCookie(res, session.token, session.expiresAt, secure);
      res.json({ name: person.name, role: person.role });
    },
  );

  routes.post("/auth/logout", async (req, res) => {
    const db = database(res);
    if (!db) return;
    await endSession(db, sessionToken(req));
    clearSessionCookie(res, secure);
    res.status(204).end();
  });

  return routes;
}
