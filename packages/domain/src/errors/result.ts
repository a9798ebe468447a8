import type { DomainError } from "./domain-error";

/**
 * What every command returns: the new state plus the events to persist with it, or a
 * domain error. Rule violations are data, never exceptions (the API maps codes to HTTP).
 */
export type CommandResult<State, Event> =
  | { ok: true; state: State; events: Event[] }
  | { ok: false; error: DomainError };

export const failure = (error: DomainError): { ok: false; error: DomainError } => ({
  ok: false,
  error,
});
