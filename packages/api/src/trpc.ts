import type { StaffRole } from "@samstemt/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { databaseErrorToTrpc } from "./errors/database-errors";

// Users read the API's validation messages next to their form fields: zod's own messages (for
// "expected a number" and the like) in Danish too, like every message the product writes.
z.config(z.locales.da());

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    // Never show the database's or the code's own words to a user: they may name tables,
    // values or people. The log has them.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "Der opstod en fejl på serveren. Prøv igen om lidt." : shape.message,
      data: {
        ...shape.data,
        // Field-by-field validation messages for forms; never a stack trace.
        zodIssues: cause instanceof ZodError ? cause.issues : null,
        domainError:
          cause && typeof cause === "object" && "domainError" in cause ? cause.domainError : null,
        stack: undefined,
      },
    };
  },
});

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

export const publicProcedure = t.procedure.use(databaseErrors);

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
