import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { activationRouter } from "./activation/activation.router";
import { adminRouter } from "./admin/admin.router";
import { agreementsRouter } from "./agreements/agreements.router";
import { auditRouter } from "./audit/audit.router";
import { authRouter } from "./auth/auth.router";
import { casesRouter } from "./cases/cases.router";
import { changeNoticesRouter } from "./change-notices/change-notices.router";
import { closingRouter } from "./closing/closing.router";
import { consentRouter } from "./consent/consent.router";
import { dashboardRouter } from "./dashboard/dashboard.router";
import { deadlinesRouter } from "./deadlines/deadlines.router";
import { directoryRouter } from "./directory/directory.router";
import { exportsRouter } from "./exports/exports.router";
import { initiativeRouter } from "./initiative/initiative.router";
import { liveRouter } from "./live/live.router";
import { meetingsRouter } from "./meetings/meetings.router";
import { notificationsRouter } from "./notifications/notifications.router";
import { searchRouter } from "./search/search.router";
import { tasksRouter } from "./tasks/tasks.router";
import { teamRouter } from "./team/team.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  // One typed procedure per domain command, by feature.
  initiative: initiativeRouter,
  activation: activationRouter,
  team: teamRouter,
  meetings: meetingsRouter,
  agreements: agreementsRouter,
  consent: consentRouter,
  changeNotices: changeNoticesRouter,
  closing: closingRouter,
  dashboard: dashboardRouter,
  deadlines: deadlinesRouter,
  // The staff app's reads: what waits for me, finding a case, who is who.
  tasks: tasksRouter,
  search: searchRouter,
  directory: directoryRouter,
  // Alerts raised by the worker.
  notifications: notificationsRouter,
  // Whether any of the lists above changed, polled by the staff app.
  live: liveRouter,
  // Analysts' pseudonymised exports, written by the worker.
  exports: exportsRouter,
  // Who has looked at this citizen: leaders' access log and the right-of-access export.
  audit: auditRouter,
  // Organisations, units, people, roles and administrators: administrators only.
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** A server-side caller: the worker and tests call procedures without HTTP, same checks. */
export const createCaller = createCallerFactory(appRouter);
