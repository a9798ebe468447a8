import type { Database } from "@samstemt/db";
import type { Sector, StaffRole } from "@samstemt/domain";

/** The signed-in person as every procedure sees them. */
export interface Actor {
  personId: string;
  name: string;
  role: StaffRole;
  unitId: string;
  unitName: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
}

export interface Context {
  db: Database;
  /** Null when nobody is signed in. */
  actor: Actor | null;
  /** Set only for the worker's server-side caller: it may run system procedures. */
  system: boolean;
  /** The clock, injected so tests and the worker decide what "now" is. */
  now: () => Date;
  /**
   * Demo and test deployments take the demo's fictional CPR numbers (month 13–19) besides
   * real ones; production takes real ones only.
   */
  allowFictionalCpr: boolean;
  /** The HTTP request's id: in the server log and in every error the client sees. */
  requestId: string | null;
  /** Registrations (CPR look-ups) one person may make per hour. */
  cprLookupsPerHour: number;
}

/** Enough to find a careless or hostile search through the register; the server configures it. */
export const DEFAULT_CPR_LOOKUPS_PER_HOUR = 60;

export function createContext(input: {
  db: Database;
  actor: Actor | null;
  now?: () => Date;
  allowFictionalCpr?: boolean;
  requestId?: string | null;
  cprLookupsPerHour?: number;
}): Context {
  return {
    db: input.db,
    actor: input.actor,
    system: false,
    now: input.now ?? (() => new Date()),
    allowFictionalCpr: input.allowFictionalCpr ?? false,
    requestId: input.requestId ?? null,
    cprLookupsPerHour: input.cprLookupsPerHour ?? DEFAULT_CPR_LOOKUPS_PER_HOUR,
  };
}

/** The worker's context: no person, allowed to run system procedures only. */
export function createSystemContext(input: { db: Database; now?: () => Date }): Context {
  return {
    db: input.db,
    actor: null,
    system: true,
    now: input.now ?? (() => new Date()),
    allowFictionalCpr: false,
    requestId: null,
    cprLookupsPerHour: DEFAULT_CPR_LOOKUPS_PER_HOUR,
  };
}
