import type { RouterOutputs } from "@samstemt/api";
import { createContext, useContext } from "react";

export type SignedInUser = RouterOutputs["auth"]["me"];

/**
 * Who is signed in, from the `auth.me` query. A React context rather than the router's:
 * signing out and in as someone else at the same address must change it at once, without
 * a navigation.
 */
export const SignedInUserContext = createContext<SignedInUser | null>(null);

export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error("useSignedInUser outside a signed-in app");
  return user;
}
