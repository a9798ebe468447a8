import type { CaseCommand } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import type { Actor, Context } from "../context";

type People = Pick<Context["db"]["prisma"], "person">;
interface MemberInput {
  personId?: unknown;
  [field: string]: unknown;
}

/**
 * Who a person is comes from the database, never from the browser: a team member's name and
 * organisation are looked up by their id (an unknown id is refused), and an organisation
 * joins a case under the name it has here. The domain then decides on facts, not claims.
 */
export async function resolvePeople(
  db: People,
  actor: Actor,
  command: CaseCommand,
): Promise<CaseCommand> {
  if (command.type === "joinCase") {
    return {
      ...command,
      payload: { ...command.payload, organisationName: actor.organisationName },
    };
  }
  if (command.type === "activateCase") {
    const payload = command.payload as { members?: unknown };
    if (!Array.isArray(payload.members)) return command;
    const members = await Promise.all(payload.members.map((member) => resolveMember(db, member)));
    return { ...command, payload: { ...command.payload, members } } as CaseCommand;
  }
  if (command.type === "addTeamMember") {
    const payload = command.payload as { member?: unknown };
    const member = await resolveMember(db, payload.member);
    return { ...command, payload: { ...command.payload, member } } as CaseCommand;
  }
  return command;
}

async function resolveMember(db: People, member: unknown): Promise<unknown> {
  if (!member || typeof member !== "object") return member;
  const input = member as MemberInput;
  const person =
    typeof input.personId === "string"
      ? await db.person.findUnique({
          where: { id: input.personId },
          select: { id: true, name: true, unit: { select: { organisationId: true } } },
        })
      : null;
  if (!person) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Et teammedlem findes ikke i Samstemt." });
  }
  return { ...input, name: person.name, organisationId: person.unit.organisationId };
}
