import { isAdministrator, listDeadLetters, requestDeadLetterRetry } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";

/**
 * Administrators only: people listed in the `administrator` table (granted by operations;
 * the worker's failures are no business of staff, leaders or analysts).
 */
const administratorProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  if (!(await isAdministrator(ctx.db, ctx.actor.personId))) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Kun administratorer kan se og genstarte fejlede job.",
    });
  }
  return next();
});

/**
 * The worker's dead-letter list: jobs that failed their last retry and alert e-mails that
 * could not be sent. Payloads hold ids only (person, notification, job data), no citizen data.
 */
export const deadLetters = administratorProcedure
  .input(
    z
      .object({
        limit: z.number().int().min(1).max(200).default(50),
        includeRetried: z.boolean().default(false),
      })
      .default({ limit: 50, includeRetried: false }),
  )
  .query(({ ctx, input }) => listDeadLetters(ctx.db, input));

/**
 * Tries a dead letter again: an e-mail goes back in the e-mail queue at once, a job is sent
 * to its queue by the worker within a minute. Audited.
 */
export const retryDeadLetter = administratorProcedure
  .input(z.object({ id: z.string().regex(/^\d{1,18}$/) }))
  .mutation(async ({ ctx, input }) => {
    const result = await requestDeadLetterRetry(
      ctx.db,
      BigInt(input.id),
      ctx.actor.personId,
      ctx.now(),
    );
    if (result === "not_found") {
      throw new TRPCError({ code: "NOT_FOUND", message: "Det fejlede job findes ikke." });
    }
    if (result === "already_retried") {
      throw new TRPCError({ code: "CONFLICT", message: "Jobbet er allerede sat i gang igen." });
    }
    await audit(ctx, [{ action: "deadLetter.retry", details: { id: input.id } }], ctx.db);
    return { id: input.id, retryRequested: true };
  });
