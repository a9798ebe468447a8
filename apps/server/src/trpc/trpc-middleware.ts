import { appRouter, createContext } from "@samstemt/api";
import { TRPCError } from "@trpc/server";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { Logger } from "pino";
import { actorOf } from "../auth/session-middleware";
import { idOf } from "../http/request-id";
import type { ServerState } from "../server-state";

/** The CPR look-up limit counts over the last hour; a few minutes frees the oldest calls. */
const CPR_RETRY_AFTER_SECONDS = 300;

/** The tRPC API at /trpc: the signed-in person was read from the session cookie before. */
export function trpcMiddleware(
  state: ServerState,
  logger: Logger,
  options: { allowFictionalCpr: boolean; cprLookupsPerHour: number; maxBatchSize: number },
) {
  return createExpressMiddleware({
    router: appRouter,
    // The batch cap in front (api-limits.ts) answers first, in Danish; tRPC's own check on the
    // names it decoded stays behind it, so a spelling the cap missed still cannot run more.
    maxBatchSize: options.maxBatchSize,
    createContext({ req, res }) {
      const db = state.ready ? state.database : null;
      if (!db) {
        throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "Samstemt starter stadig." });
      }
      return createContext({
        db,
        actor: actorOf(res),
        allowFictionalCpr: options.allowFictionalCpr,
        requestId: idOf(req),
        cprLookupsPerHour: options.cprLookupsPerHour,
      });
    },
    // A limit inside a procedure (CPR look-ups per hour) answers 429 with a time to wait too.
    responseMeta({ errors }) {
      return errors.some((error) => error.code === "TOO_MANY_REQUESTS")
        ? { headers: new Headers({ "Retry-After": String(CPR_RETRY_AFTER_SECONDS) }) }
        : {};
    },
    onError({ error, path, req }) {
      // The detail stays here, under the request id the client was given.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ err: error, path, requestId: idOf(req) }, "tRPC error");
      }
    },
  });
}
