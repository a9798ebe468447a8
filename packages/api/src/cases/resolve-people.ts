import type { CaseCommand } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import type { Actor, Context } from "../context";

type People = Pick<Context["db"]["prisma"], "person" | "organisation">;
interface MemberInput {
  personId?: unknown;
  [field: string]: unknown;
}

/**
 * Who a person is comes from the database, never from the browser: a team member's name and
 * organisation are looked up by their id (an unknown id is refused), and an organisation
 * joins a case under the name it has here, and only a known organisation is invited. The
 * domain then decides on facts, not claims.
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
  if (command.type === "inviteOrganisation") {
    const { organisationId } = command.payload as { organisationId?: unknown };
    const known =
      typeof organisationId === "string" &&
      (await db.organisation.count({ where: { id: organisationId } })) === 1;
    if (!known) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Organisationen findes ikke i Samstemt.",
      });
    }
    return command;
  }
  if (command.type === "activateCase") {
    const payload = command.payload as { members?: unknown };
    if (!Array.isArray(payload.members)) return command;
    const members = await resolveMembers(db, payload.members);
    return { ...command, payload: { ...command.payload, members } } as CaseCommand;
  }
  if (command.type === "addTeamMember") {
    const payload = command.payload as { member?: unknown };
    const [member] = await resolveMembers(db, [payload.member]);
    return { ...command, payload: { ...command.payload, member } } as CaseCommand;
  }
  return command;
}

/** One query for the whole team; any member who is not a known person is refused. */
async function resolveMembers(db: People, members: unknown[]): Promise<unknown[]> {
  const inputs = members.map((member) =>
    member && typeof member === "object" ? (member as MemberInput) : null,
  );
  const ids = inputs.flatMap((input) =>
    typeof input?.personId === "string" ? [input.personId] : [],
  );
  const people = await db.person.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, unit: { select: { organisationId: true } } },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  return inputs.map((input) => {
    const person = typeof input?.personId === "string" ? byId.get(input.personId) : undefined;
    if (!input || !person) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Et teammedlem findes ikke i Samstemt.",
      });
    }
    return { ...input, name: person.name, organisationId: person.unit.organisationId };
  });
}
