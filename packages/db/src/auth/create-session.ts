import { type DbHandle, prismaOf } from "../client/transaction";

export interface NewSession {
  /** SHA-256 of the cookie's token: the token itself is never stored. */
  tokenHash: string;
  personId: string;
  /** How the person signed in: "demo" now, "oidc" later. */
  method: "demo" | "oidc";
  createdAt: Date;
  expiresAt: Date;
}

/** Stores a signed-in browser's session. */
export async function createSession(db: DbHandle, session: NewSession): Promise<void> {
  await prismaOf(db).session.create({ data: session });
}
