import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { authRouter } from "./auth/auth.router";
import { casesRouter } from "./cases/cases.router";
import { dashboardRouter } from "./dashboard/dashboard.router";
import { deadlinesRouter } from "./deadlines/deadlines.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  dashboard: dashboardRouter,
  deadlines: deadlinesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A server-side caller: the worker and tests call procedures without HTTP, same checks. */
export const createCaller = createCallerFactory(appRouter);
