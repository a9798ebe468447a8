import { actorByPersonId, type Database } from "@samstemt/db";
import type { TestPerson } from "@samstemt/db/testing";
import { TRPCError } from "@trpc/server";
import { type Actor, createCaller, createContext, createSystemContext } from "../src";

export async function actorFor(db: Database, person: TestPerson): Promise<Actor> {
  const actor = await actorByPersonId(db, person.id);
  if (!actor) throw new Error(`no person ${person.id}`);
  return actor;
}

export async function callerFor(db: Database, person: TestPerson | null, now: Date) {
  const actor = person ? await actorFor(db, person) : null;
  // Tests register citizens under the demo's fictional CPR numbers, never real ones.
  return createCaller(createContext({ db, actor, now: () => now, allowFictionalCpr: true }));
}

export function systemCaller(db: Database, now: Date) {
  return createCaller(createSystemContext({ db, now: () => now }));
}

/** The tRPC error a call fails with; a call that succeeds, or fails otherwise, fails the test. */
export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The tRPC code a call fails with (NOT_FOUND, FORBIDDEN, …). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return (await errorOf(promise)).code;
}
