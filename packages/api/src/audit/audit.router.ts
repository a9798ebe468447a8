import { router } from "../trpc";
import { caseAccessLog, citizenAccessExport } from "./access-log";

/**
 * Issue 10, "who has looked at this citizen". Not yet part of `appRouter` (router.ts is
 * another owner's file): add `audit: auditRouter` there, and these two entries to the
 * authorisation matrix as `caseRule` (leaders only).
 */
export const auditRouter = router({ caseAccessLog, citizenAccessExport });
