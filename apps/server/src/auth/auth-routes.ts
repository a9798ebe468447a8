import { audit, endSession, startSession } from "@samstemt/api";
import { findPersonByUsername, listDemoPeople } from "@samstemt/db";
import express, { type Request, type Response, Router } from "express";
import { z } from "zod";
import type { ServerConfig } from "../env";
import type { ServerState } from "../server-state";
import { clearSessionCookie, sessionToken, setSessionCookie } from "./session-cookie";
import { signInRateLimit } from "./sign-in-rate-limit";

const devLoginInput = z.object({ username: z.string().trim().min(1).max(100) });

/** Ends the identity provider's session too: where to send the browser, given its ID token. */
export type ProviderSignOut = (req: Request, idToken: string) => Promise<string | null>;

/**
 * Sign-in and sign-out. The demo sign-in exists only in demo mode (never in production, see
 * env.ts); the OpenID Connect sign-in (oidc-routes.ts) starts sessions the same way.
 */
export function authRoutes(
  config: ServerConfig,
  state: ServerState,
  providerSignOut: ProviderSignOut | null,
): Router {
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
    signInRateLimit({
      perAddressAndUsername: config.signInFailuresPerMinute,
      perAddress: config.signInFailuresPerMinutePerAddress,
    }),
    async (req, res) => {
      const parsed = devLoginInput.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: "Angiv et brugernavn." });
        return;
      }
      const db = database(res);
      if (!db) return;
      const now = new Date();
      const person = await findPersonByUsername(db, parsed.data.username);
      // Only made-up demo people: with DEMO=true on a real database nobody can become real staff.
      if (!person?.demo) {
        await audit(
          { actor: null, now: () => now },
          [
            {
              action: "auth.sign-in.refused",
              details: { method: "demo", username: parsed.data.username },
            },
          ],
          db,
        );
        res.status(401).json({ error: "Ukendt demobruger." });
        return;
      }
      const session = await startSession(db, {
        personId: person.personId,
        method: "demo",
        now,
        ttlHours: config.sessionTtlHours,
        previousToken: sessionToken(req),
      });
      setSessionCookie(res, session.token, session.expiresAt, secure);
      res.json({ name: person.name, role: person.role });
    },
  );

  /**
   * Ends the session on the server. A script's fetch gets 204 (or, after an OpenID Connect
   * sign-in, 200 with the provider's sign-out address to go to); a form post is sent on there
   * with 303, so the provider's session ends too.
   */
  // A sign-out form posts no fields; only this route reads form bodies at all.
  const formBody = express.urlencoded({ extended: false, limit: "1kb" });
  routes.post("/auth/logout", formBody, async (req, res) => {
    const db = database(res);
    if (!db) return;
    const ended = await endSession(db, sessionToken(req));
    clearSessionCookie(res, secure);
    const providerUrl =
      ended?.method === "oidc" && ended.idToken && providerSignOut
        ? await providerSignOut(req, ended.idToken)
        : null;
    const fromForm =
      req.is("application/x-www-form-urlencoded") === "application/x-www-form-urlencoded";
    if (fromForm) {
      res.redirect(303, providerUrl ?? "/");
      return;
    }
    if (providerUrl) res.json({ signOutUrl: providerUrl });
    else res.status(204).end();
  });

  return routes;
}
