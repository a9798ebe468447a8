import type { StaffRole } from "@samstemt/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { audit } from "./audit/audit-log";
import type { Context } from "./context";
import { databaseErrorToTrpc } from "./errors/database-errors";
import { transportErrorMessage } from "./errors/transport-errors";
import { inputCheckingTransformer } from "./transport/input-transformer";

// Users read the API's validation messages next to their form fields: zod's own messages (for
// "expected a number" and the like) in Danish too, like every message the product writes.
z.config(z.locales.da());

const t = initTRPC.context<Context>().create({
  // superjson, but an input's annotations are checked before superjson reads them.
  transformer: inputCheckingTransformer,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    // Never show the database's or the code's own words to a user: they may name tables,
    // values or people. The log has them, under the request id the user is shown.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    const requestId = ctx?.requestId ?? null;
    // Never a stack trace either: the key is left out, not set to undefined.
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: internal
        ? internalErrorMessage(requestId)
        : (transportErrorMessage(error) ?? shape.message),
      data: {
        ...data,
        requestId,
        // Field-by-field validation messages for forms.
        zodIssues: cause instanceof ZodError ? cause.issues : null,
        domainError:
          cause && typeof cause === "object" && "domainError" in cause ? cause.domainError : null,
      },
    };
  },
});

/** What a user reads when the server failed: no detail, the id to quote to support. */
export function internalErrorMessage(requestId: string | null): string {
  const generic = "Der opstod en fejl på serveren. Prøv igen om lidt.";
  return requestId ? `${generic} Fejl-id: ${requestId}` : generic;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Constraint errors from the database become 4xx answers instead of server errors. */
const databaseErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = databaseErrorToTrpc(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

/**
 * Every refused attempt leaves an audit entry: who asked for what and was told
 * NOT_FOUND or FORBIDDEN, with the case when the input names one. Written outside any
 * transaction of the procedure, which has rolled back. Someone probing for cases they may not
 * see shows up in the log, even though the answer tells them nothing.
 */
const auditRefusals = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const result = await next();
  if (!result.ok && refusedCodes.has(result.error.code) && ctx.actor) {
    const input = await getRawInput().catch(() => undefined);
    await audit(
      ctx,
      [
        {
          action: "access.refused",
          caseId: caseIdIn(input),
          details: { path, type, code: result.error.code },
        },
      ],
      ctx.db,
    ).catch(() => {});
  }
  return result;
});

const refusedCodes = new Set<TRPCError["code"]>(["NOT_FOUND", "FORBIDDEN"]);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function caseIdIn(input: unknown): string | null {
  if (!input || typeof input !== "object") return null;
  const caseId = (input as { caseId?: unknown }).caseId;
  return typeof caseId === "string" && uuidPattern.test(caseId) ? caseId : null;
}

export const publicProcedure = t.procedure.use(auditRefusals).use(databaseErrors);

/** Someone is signed in; `ctx.actor` is then never null. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Du er ikke logget ind." });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Signed in with one of `roles`. */
export function roleProcedure(...roles: StaffRole[]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Din rolle giver ikke adgang til denne funktion.",
      });
    }
    return next();
  });
}

/** Leaders only (R5, R6, R12). */
export const leaderProcedure = roleProcedure("leader");

/** The worker's server-side caller only; never reachable with a browser session. */
export const systemProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.system) throw new TRPCError({ code: "FORBIDDEN", message: "System procedure" });
  return next();
});
