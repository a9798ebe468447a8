import { type DbHandle, peopleById } from "@samstemt/db";
import type { NewTeamMember } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";

type MemberInput = Pick<NewTeamMember, "personId" | "name" | "organisationId">;

/**
 * Who a team member is comes from the database, never from the browser: the name and
 * organisation are looked up by the person's id, and an unknown id is refused. The domain
 * then decides on facts, not claims (R6, R7).
 */
export async function resolveTeamMembers<Member extends MemberInput>(
  db: DbHandle,
  members: readonly Member[],
): Promise<Member[]> {
  const people = await peopleById(
    db,
    members.map((member) => member.personId),
  );
  return members.map((member) => {
    const person = people.get(member.personId);
    if (!person) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Et teammedlem findes ikke i Samstemt.",
      });
    }
    return { ...member, name: person.name, organisationId: person.organisationId };
  });
}
