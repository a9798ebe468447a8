import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@samstemt/db";
import type { Actor } from "../context";

export const SESSION_COOKIE = "samstemt_session";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Starts a session for a person and returns the cookie's token. The token itself is never
 * stored, only its hash. `method` says how they signed in ("demo" now, "oidc" later), so a
 * real OpenID Connect login slots in beside the demo login without changing sessions.
 */
export async function startSession(
  prisma: PrismaClient,
  input: { personId: string; method: "demo" | "oidc"; now: Date; ttlHours: number },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + input.ttlHours * 3_600_000);
  await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      personId: input.personId,
      method: input.method,
      createdAt: input.now,
      expiresAt,
    },
  });
  return { token, expiresAt };
}

/** The actor behind a cookie token, or null when it is unknown or expired. */
export async function actorForSession(
  prisma: PrismaClient,
  token: string | undefined,
  now: Date,
): Promise<Actor | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { person: { include: { unit: { include: { organisation: true } } } } },
  });
  if (!session || session.expiresAt <= now) return null;
  const { person } = session;
  return {
    personId: person.id,
    name: person.name,
    role: person.role,
    unitId: person.unitId,
    unitName: person.unit.name,
    organisationId: person.unit.organisationId,
    organisationName: person.unit.organisation.name,
    sector: person.unit.organisation.sector,
  };
}

export async function endSession(prisma: PrismaClient, token: string | undefined): Promise<void> {
  if (!token) return;
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
