import { markNotificationsRead } from "@samstemt/db";
import { z } from "zod";
import { protectedProcedure } from "../trpc";

export const MarkReadInput = z.object({
  /** The notifications to mark read; leave out to mark all of the person's own read. */
  ids: z.array(z.uuid()).min(1).max(100).optional(),
});

/** Marks the signed-in person's own notifications read; others' ids change nothing. */
export const markRead = protectedProcedure.input(MarkReadInput).mutation(async ({ ctx, input }) => {
  const marked = await markNotificationsRead(
    ctx.db,
    ctx.actor.personId,
    input.ids ?? null,
    ctx.now(),
  );
  return { marked };
});
