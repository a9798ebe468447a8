import type { StaffRole } from "@samstemt/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
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

export const publicProcedure = t.procedure;

/** Someone is signed in; `ctx.actor` is then never null. */
export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
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
export const systemProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.system) throw new TRPCError({ code: "FORBIDDEN", message: "System procedure" });
  return next();
});
