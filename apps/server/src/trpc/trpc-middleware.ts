import { actorForSession, appRouter, createContext } from "@samstemt/api";
import { TRPCError } from "@trpc/server";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { Logger } from "pino";
import { sessionToken } from "../auth/session-cookie";
import type { ServerState } from "../server-state";

/** The tRPC API at /trpc: the signed-in person comes from the session cookie. */
export function trpcMiddleware(
  state: ServerState,
  logger: Logger,
  options: { allowFictionalCpr: boolean },
) {
  return createExpressMiddleware({
    router: appRouter,
    async createContext({ req }) {
      const db = state.ready ? state.database : null;
      if (!db) {
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Samstemt starter stadig." });
      }
      const actor = await actorForSession(db, sessionToken(req), new Date());
      return createContext({ db, actor, allowFictionalCpr: options.allowFictionalCpr });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error, path }, "tRPC error");
    },
  });
}
