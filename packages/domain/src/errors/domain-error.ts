import { type DomainErrorCode, errorCatalogue } from "./error-catalogue";
import type { RuleId } from "./rules";

export type { DomainErrorCode } from "./error-catalogue";

export interface LocalizedText {
  da: string;
  en: string;
}

export interface ErrorDefinition {
  /** The rule the error enforces; `null` for malformed input that breaks no rule of the model. */
  rule: RuleId | null;
  message: LocalizedText;
}

export const domainErrorCodes = Object.keys(errorCatalogue) as DomainErrorCode[];

type Catalogue = typeof errorCatalogue;

/** Each code's exact default rule and messages, as literal types (other teams switch on them). */
export type DomainErrorDefinitions = {
  readonly [Code in DomainErrorCode]: {
    readonly rule: Catalogue[Code]["rule"];
    readonly message: { readonly da: Catalogue[Code]["da"]; readonly en: Catalogue[Code]["en"] };
  };
};

/** Every code with its default rule and its Danish and English message. */
export const domainErrors = Object.fromEntries(
  domainErrorCodes.map((code) => {
    const { rule, da, en } = errorCatalogue[code];
    return [code, { rule, message: { da, en } }];
  }),
) as DomainErrorDefinitions;

export interface DomainError {
  code: DomainErrorCode;
  /** The rule that was broken; `null` for malformed input or a generic precondition. */
  rule: RuleId | null;
  message: LocalizedText;
  details?: Record<string, unknown>;
}

/**
 * Builds a domain error. `rule` overrides the code's default rule where one code guards
 * several rules (e.g. WRONG_CASE_STATUS, AGREEMENT_INCOMPLETE for R10 or R11).
 */
export function domainError(
  code: DomainErrorCode,
  options: { rule?: RuleId | null; details?: Record<string, unknown> } = {},
): DomainError {
  const definition: ErrorDefinition = domainErrors[code];
  const error: DomainError = {
    code,
    rule: options.rule === undefined ? definition.rule : options.rule,
    message: definition.message,
  };
  if (options.details !== undefined) error.details = options.details;
  return error;
}
