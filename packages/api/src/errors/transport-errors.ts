import type { TRPCError } from "@trpc/server";
import { UNREADABLE_INPUT } from "../transport/input-transformer";

/** JavaScript's own exceptions: their text is the engine's, never the product's. */
const engineErrors = [SyntaxError, URIError, RangeError, TypeError, EvalError, ReferenceError];

/**
 * The product's words for a refusal tRPC itself gives before any procedure runs (an address
 * that names no procedure, a GET to a change, a body that is no JSON, a path that does not
 * decode), which comes in tRPC's English or, for input it could not read, in the text of the
 * exception it caught. Null: the message is the product's own (procedures, zod, domain).
 */
export function transportErrorMessage(error: TRPCError): string | null {
  switch (error.code) {
    case "METHOD_NOT_SUPPORTED":
      return "Funktionen kan ikke kaldes på den måde.";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "Forespørgslen skal sendes som JSON.";
    case "PARSE_ERROR":
      return UNREADABLE_INPUT;
    case "NOT_FOUND":
      return error.message.startsWith("No procedure found") ? "Funktionen findes ikke." : null;
    case "BAD_REQUEST":
      if (error.message === "Batch call exceeds maximum size") {
        return "For mange kald i én forespørgsel.";
      }
      if (error.message.startsWith("Cannot mix procedure types")) {
        return "Opslag og ændringer kan ikke sendes i samme forespørgsel.";
      }
      if (error.message.startsWith('"input" needs to be an object')) return UNREADABLE_INPUT;
      return engineErrors.some((type) => error.cause?.constructor === type)
        ? UNREADABLE_INPUT
        : null;
    default:
      return null;
  }
}
