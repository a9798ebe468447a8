import type { DomainErrorCode } from "./domain-error";

/**
 * What kind of failure each code is, so callers can map codes to transport codes in one
 * place without listing every code (the domain itself knows no HTTP or tRPC):
 * `invalid` → 400/BAD_REQUEST · `forbidden` → 403/FORBIDDEN · `not_found` → 404/NOT_FOUND ·
 * `conflict` → 409/CONFLICT (the case's state does not allow it now).
 */
export type DomainErrorKind = "invalid" | "forbidden" | "not_found" | "conflict";

export const domainErrorKinds: Record<DomainErrorCode, DomainErrorKind> = {
  INVALID_COMMAND: "invalid",
  DUPLICATE_ID: "conflict",
  INITIATOR_ROLE_NOT_ALLOWED: "forbidden",
  INITIATIVE_IN_FUTURE: "invalid",
  CASE_EXCLUDED: "conflict",
  NOT_INITIATORS_LEADER: "forbidden",
  WRONG_CASE_STATUS: "conflict",
  NOT_A_LEADER: "forbidden",
  ORGANISATION_NOT_PARTICIPATING: "conflict",
  ORGANISATION_ALREADY_PARTICIPATING: "conflict",
  TOO_FEW_SECTORS: "conflict",
  MEMBER_ALREADY_IN_TEAM: "conflict",
  MEMBER_NOT_IN_TEAM: "not_found",
  COORDINATOR_NOT_A_MEMBER: "invalid",
  COORDINATOR_REPLACEMENT_REQUIRED: "invalid",
  NOT_COORDINATOR: "forbidden",
  NOT_A_TEAM_MEMBER: "forbidden",
  NOT_A_CASE_PARTICIPANT: "forbidden",
  MEETING_ALREADY_HELD: "conflict",
  MEETING_KIND_MISMATCH: "invalid",
  MEETING_HELD_IN_FUTURE: "invalid",
  MEETING_SCHEDULED_IN_PAST: "invalid",
  PREPARATORY_MEETING_WITH_CITIZEN: "invalid",
  AGREEMENT_NOT_FOUND: "not_found",
  AGREEMENT_NOT_LATEST_VERSION: "conflict",
  AGREEMENT_INCOMPLETE: "conflict",
  AGREEMENT_ALREADY_SIGNED: "conflict",
  SIGNATORY_NOT_ALLOWED: "forbidden",
  CONSENT_NOT_FOUND: "not_found",
  CONSENT_ALREADY_WITHDRAWN: "conflict",
  CONSENT_IN_FUTURE: "invalid",
  CONSENT_MUST_BE_WRITTEN: "invalid",
  CONSENT_EXPIRY_INVALID: "invalid",
  NOTICE_NOT_FOUND: "not_found",
  NOT_A_NOTICE_RECIPIENT: "forbidden",
  NOTICE_ALREADY_ACKNOWLEDGED: "conflict",
};
