import { listsStampFor } from "@samstemt/db";
import { danishDay } from "@samstemt/domain";
import { z } from "zod";
import { protectedProcedure } from "../trpc";

export const ListsStampInput = z
  .strictObject({ caseId: z.uuid("Sagens id er ikke gyldigt.").optional() })
  .default({});

/**
 * What the signed-in person's lists (tasks and their count, cases, invitations, alerts and
 * their unread count, the case open on screen) are computed from, as one opaque string. The
 * app asks for it every few seconds and on focus, and fetches the lists again only when it
 * has changed — so a task, a count or an alert that appears for someone shows up without a
 * reload, while a screen left open costs one small read per poll, not a recomputation of
 * every list and an audit entry per citizen on it. The Danish day is part of it: tasks that
 * time alone brings (a deadline coming near) appear the day they start. It names no citizen
 * and no case, so reading it is not audited. With the id of the case on screen, its version
 * (when the person may see it): the page fetches the case again only when someone else
 * changed it, not after the person's own step, whose answer already showed the new case.
 */
export const listsStamp = protectedProcedure
  .input(ListsStampInput)
  .query(async ({ ctx, input }) => {
    const stamp = await listsStampFor(ctx.db, ctx.actor, input.caseId);
    const at = (date: Date | null) => date?.getTime() ?? 0;
    return {
      stamp: [
        danishDay(ctx.now()),
        stamp.cases.count,
        stamp.cases.versions,
        at(stamp.cases.updatedAt),
        stamp.invitations.count,
        stamp.invitations.versions,
        at(stamp.invitations.invitedAt),
        stamp.notifications.count,
        stamp.notifications.unread,
        stamp.notifications.done,
        at(stamp.notifications.createdAt),
      ].join("."),
      caseVersion: stamp.caseVersion,
    };
  });
