import { notificationPreferences, setNotificationPreferences } from "@samstemt/db";
import { z } from "zod";
import { protectedProcedure } from "../trpc";

export const PreferencesInput = z.object({
  language: z.enum(["da", "en"]),
  /** False: alerts in the app only. */
  email: z.boolean(),
});

/** The signed-in person's alert language and whether they get e-mails. */
export const myPreferences = protectedProcedure.query(({ ctx }) =>
  notificationPreferences(ctx.db, ctx.actor.personId),
);

export const setPreferences = protectedProcedure
  .input(PreferencesInput)
  .mutation(async ({ ctx, input }) => {
    await setNotificationPreferences(ctx.db, ctx.actor.personId, input, ctx.now());
    return input;
  });
