import { refreshTimeDependentProjections } from "@samstemt/db";
import { systemProcedure } from "../trpc";

/**
 * The worker's scheduled job (R9, R12): the domain recomputes what changes with the clock
 * alone — a deadline passing, meetings falling due — for every case whose deadline still
 * runs, and the case columns and indicator rows found out of date are rewritten, so lists,
 * the dashboard and exports can filter and aggregate without recomputing. Cases stored before
 * indicator rows existed get theirs. Returns how many were checked and changed.
 */
export const recomputeDeadlines = systemProcedure.mutation(({ ctx }) =>
  refreshTimeDependentProjections(ctx.db, ctx.now()),
);
