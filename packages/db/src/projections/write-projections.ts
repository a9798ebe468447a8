import { type CaseIndicators, type CaseState, caseIndicators } from "@samstemt/domain";
import type { Prisma } from "../generated/prisma/client";
import {
  indicatorRow,
  indicatorTable,
  invitationRows,
  invitationTable,
  meetingRows,
  meetingTable,
  organisationRows,
  organisationTable,
  teamRows,
  teamTable,
} from "./case-projections";
import { writeKeyedRows } from "./keyed-rows";

/** A state with the domain's indicators for it at one moment, computed once. */
export interface ProjectedCase {
  state: CaseState;
  indicators: CaseIndicators;
}

export const projectCase = (state: CaseState, now: Date): ProjectedCase => ({
  state,
  indicators: caseIndicators(state, now),
});

/**
 * Writes the rows projected from these cases — invitations, participating organisations,
 * team members, meetings and the indicator row — by their domain keys, in the caller's
 * transaction: a batch of any size is two statements per table.
 */
export async function writeCaseProjections(
  tx: Prisma.TransactionClient,
  cases: readonly ProjectedCase[],
  now: Date,
): Promise<void> {
  const caseIds = cases.map(({ state }) => state.caseId);
  const states = cases.map(({ state }) => state);
  await writeKeyedRows(tx, invitationTable, caseIds, states.flatMap(invitationRows));
  await writeKeyedRows(tx, organisationTable, caseIds, states.flatMap(organisationRows));
  await writeKeyedRows(tx, teamTable, caseIds, states.flatMap(teamRows));
  await writeKeyedRows(tx, meetingTable, caseIds, states.flatMap(meetingRows));
  await writeKeyedRows(
    tx,
    indicatorTable,
    caseIds,
    cases.map(({ state, indicators }) => indicatorRow(state, indicators, now)),
  );
}
