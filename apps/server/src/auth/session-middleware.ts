import { type Actor, actorForSession } from "@samstemt/api";
import type { RequestHandler, Response } from "express";
import type { ServerState } from "../server-state";
import { sessionToken } from "./session-cookie";

/**
 * Reads the session cookie once per request: the signed-in person (or null) goes to
 * `res.locals.actor` for the per-person limit and the API. Idle and expired sessions end
 * here (actorForSession), and a live one is marked as used.
 */
export function resolveSession(state: ServerState, idleMinutes: number): RequestHandler {
  return async (req, res, next) => {
    const db = state.ready ? state.database : null;
    res.locals.actor = db
      ? await actorForSession(db, sessionToken(req), new Date(), { idleMinutes })
      : null;
    next();
  };
}

/** The person `resolveSession` found for this request. */
export function actorOf(res: Response): Actor | null {
  return (res.locals.actor as Actor | null | undefined) ?? null;
}
