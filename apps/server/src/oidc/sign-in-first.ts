import { actorForSession } from "@samstemt/api";
import type { RequestHandler } from "express";
import { sessionToken } from "../auth/session-cookie";
import type { ServerState } from "../server-state";

const notPages = /^\/(auth|trpc|healthz|readyz)(\/|$)|\/assets\//;

/**
 * With OpenID Connect and no demo sign-in, opening a page without a session goes straight to
 * the identity provider and back to that page: the apps' own sign-in screen is the demo's.
 */
export function signInFirst(state: ServerState, idleMinutes: number): RequestHandler {
  return async (req, res, next) => {
    const wantsPage = req.method === "GET" && (req.get("accept") ?? "").includes("text/html");
    if (!wantsPage || notPages.test(req.path) || !state.ready || !state.database) return next();
    const actor = await actorForSession(state.database, sessionToken(req), new Date(), {
      idleMinutes,
    });
    if (actor) return next();
    res.redirect(302, `/auth/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
  };
}
