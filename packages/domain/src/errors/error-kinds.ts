import { type DomainErrorCode, type DomainErrorKind, errorCatalogue } from "./error-catalogue";

export type { DomainErrorKind } from "./error-catalogue";

/** The kind of failure per code (see `DomainErrorKind`), for mapping to transport codes. */
export const domainErrorKinds = Object.fromEntries(
  Object.entries(errorCatalogue).map(([code, { kind }]) => [code, kind]),
) as Record<DomainErrorCode, DomainErrorKind>;
