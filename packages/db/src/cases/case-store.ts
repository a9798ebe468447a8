import { type CaseEvent, type CaseState, CaseStateSchema } from "@samstemt/domain";
import { type DbHandle, prismaOf, type Transaction } from "../client/transaction";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { writeOutbox } from "../outbox/write-outbox";
import { caseColumns } from "../projections/case-columns";
import { projectCase, writeCaseProjections } from "../projections/write-projections";

/** Someone else saved the case first; reload and try again. */
export class CaseVersionConflictError extends Error {
  constructor(
    readonly caseId: string,
    readonly expectedVersion: number,
  ) {
    super(`Case ${caseId} is no longer at version ${expectedVersion}`);
    this.name = "CaseVersionConflictError";
  }
}

/** The database, a transaction from withTransaction, or (inside this package) a Prisma client. */
type Reader = Pick<PrismaClient, "case"> | DbHandle;
/** A transaction from withTransaction, or (inside this package) Prisma's own. */
type Writer = Transaction | Prisma.TransactionClient;

const readerClient = (db: Reader) => ("case" in db ? db : prismaOf(db));
const writerClient = (tx: Writer) => ("$executeRaw" in tx ? tx : prismaOf(tx));

/** The case as the domain models it, or null when there is no such case. */
export async function loadCaseState(db: Reader, caseId: string): Promise<CaseState | null> {
  const row = await readerClient(db).case.findUnique({
    where: { id: caseId },
    select: { state: true },
  });
  return row ? CaseStateSchema.parse(row.state) : null;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * Stores a case the domain has just changed, in the caller's transaction: the state, its
 * projections (case columns, invitations, participating organisations, team members,
 * meetings, the indicator row), the events and an outbox row per event and consumer.
 * `expectedVersion` is the version the command started from (null for a new case); a save
 * that finds another version throws CaseVersionConflictError and the transaction rolls back.
 */
export async function saveCase(
  transaction: Writer,
  input: { state: CaseState; events: CaseEvent[]; expectedVersion: number | null; now: Date },
): Promise<void> {
  const tx = writerClient(transaction);
  const { state, events, expectedVersion, now } = input;
  const projected = projectCase(state, now);
  const columns = {
    ...caseColumns(state, projected.indicators, now),
    state: asJson(state),
    version: state.version,
  };
  if (expectedVersion === null) {
    await tx.case.create({
      data: {
        id: state.caseId,
        citizenId: state.citizen.citizenId,
        initiatorId: state.initiative.initiator.personId,
        initiatorUnitId: state.initiative.initiator.unitId,
        ...columns,
      },
    });
  } else {
    const updated = await tx.case.updateMany({
      where: { id: state.caseId, version: expectedVersion },
      data: columns,
    });
    if (updated.count !== 1) throw new CaseVersionConflictError(state.caseId, expectedVersion);
  }
  await writeCaseProjections(tx, [projected], now);
  if (events.length > 0) {
    const saved = await tx.caseEvent.createManyAndReturn({
      data: events.map((event) => ({
        caseId: state.caseId,
        caseVersion: event.caseVersion,
        type: event.type,
        occurredAt: event.occurredAt,
        personId: event.actor.personId,
        payload: asJson(event),
      })),
      select: { id: true },
    });
    await writeOutbox(
      tx,
      saved.map((event) => event.id),
    );
  }
}
