import { notificationPreferences, notificationsFor } from "@samstemt/db";
import { z } from "zod";
import { protectedProcedure } from "../trpc";

export const MyNotificationsInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(30),
    unreadOnly: z.boolean().default(false),
  })
  .default({ limit: 30, unreadOnly: false });

/**
 * The signed-in person's alerts (issue 12), newest first, in their language, with the
 * unread count for the badge. Only their own: the worker wrote one row per recipient. The
 * texts name no citizen (they are e-mailed too), so reading them is not audited; opening
 * the linked case is.
 */
export const myNotifications = protectedProcedure
  .input(MyNotificationsInput)
  .query(async ({ ctx, input }) => {
    const { language } = await notificationPreferences(ctx.db, ctx.actor.personId);
    return notificationsFor(ctx.db, ctx.actor.personId, { ...input, language });
  });
