import { type DomainError, type DomainErrorKind, domainErrorKinds } from "@samstemt/domain";
import { TRPCError } from "@trpc/server";

// The one place domain errors become API errors (HTTP 400/403/404/409).
const codeByKind: Record<DomainErrorKind, TRPCError["code"]> = {
  invalid: "BAD_REQUEST",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
};

/** Carries the domain error to the client unchanged (code, rule, Danish and English text). */
export class DomainErrorCause extends Error {
  constructor(readonly domainError: DomainError) {
    super(domainError.message.en);
    this.name = "DomainErrorCause";
  }
}

export function domainErrorToTrpc(error: DomainError): TRPCError {
  return new TRPCError({
    code: codeByKind[domainErrorKinds[error.code]],
    message: error.message.da,
    cause: new DomainErrorCause(error),
  });
}
