import { protectedProcedure } from "../trpc";

/** Who is signed in: name, role, unit and organisation. */
export const me = protectedProcedure.query(({ ctx }) => ctx.actor);
