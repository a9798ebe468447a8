import { TRPCError } from "@trpc/server";

// Prisma's codes for what a bad request can still provoke in the database.
const known: Record<string, { code: TRPCError["code"]; message: string }> = {
  P2002: { code: "CONFLICT", message: "Det findes allerede." },
  P2003: { code: "BAD_REQUEST", message: "Forespørgslen henviser til noget, der ikke findes." },
  P2025: { code: "NOT_FOUND", message: "Det findes ikke." },
};

/** A database constraint error as the API error it really is, or null for anything else. */
export function databaseErrorToTrpc(error: unknown): TRPCError | null {
  let cause: unknown = error;
  while (cause && typeof cause === "object") {
    const code = (cause as { code?: unknown }).code;
    const mapped = typeof code === "string" ? known[code] : undefined;
    if (mapped) return new TRPCError({ ...mapped, cause: error });
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}
