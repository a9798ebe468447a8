import { type DbHandle, prismaOf } from "../client/transaction";

export interface NewSession {
  /** SHA-256 of the cookie's token: the token itself is never stored. */
  tokenHash: string;
  personId: string;
  /** How the person signed in: "demo" or "oidc". */
  method: "demo" | "oidc";
  createdAt: Date;
  /** The absolute end, however busy the session is. */
  expiresAt: Date;
  /** The identity provider's ID token, kept to end its session too at sign-out. */
  idToken?: string | null;
}

/** Stores a signed-in browser's session; it counts as used when it starts. */
export async function createSession(db: DbHandle, session: NewSession): Promise<void> {
  await prismaOf(db).session.create({
    data: { ...session, idToken: session.idToken ?? null, lastSeenAt: session.createdAt },
  });
}
