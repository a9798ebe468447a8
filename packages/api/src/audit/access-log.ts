import { type DbHandle, listCitizenAccess, visibleCaseIdsOfCitizen } from "@samstemt/db";
import { z } from "zod";
import { loadVisibleCase } from "../cases/case-access";
import type { Actor } from "../context";
import { leaderProcedure } from "../trpc";
import { accessPurposeText, purposeOf } from "./access-purpose";
import { audit } from "./audit-log";

const input = z.strictObject({ caseId: z.uuid("Sagens id er ikke gyldigt.") });
/** Enough for years of a case; older entries stay in the log and in the database. */
const LIMIT = 2000;

/** The citizen of a case the leader may see (R5/R6); NOT_FOUND (audited) otherwise. */
async function citizenOfVisibleCase(ctx: { db: DbHandle; actor: Actor }, caseId: string) {
  const state = await loadVisibleCase(ctx.db, ctx.actor, caseId);
  return state.citizen.citizenId;
}

/**
 * "Who has looked at this citizen" for the case's leaders: every audited read, change and
 * refused attempt on this case, and every use of the citizen's CPR number since the case was
 * found to be this citizen's (someone registering it, a leader checking it against the CPR
 * register), newest first, with the person and organisation. Reading it is audited too.
 */
export const caseAccessLog = leaderProcedure.input(input).query(async ({ ctx, input }) => {
  const citizenId = await citizenOfVisibleCase(ctx, input.caseId);
  const rows = await listCitizenAccess(ctx.db, {
    citizenId,
    caseIds: [input.caseId],
    limit: LIMIT,
  });
  await audit(
    ctx,
    [{ action: "citizen.access-log.read", citizenId, caseId: input.caseId }],
    ctx.db,
  );
  return rows.map((row) => ({
    at: row.at,
    personName: row.personName,
    organisationName: row.organisationName,
    purpose: purposeOf(row.action),
    purposeText: accessPurposeText[purposeOf(row.action)],
  }));
});

/**
 * The citizen's right of access (GDPR art. 15) as the leader's organisation can give it: every
 * access on the citizen's cases the leader may see, and every use of the citizen's CPR number
 * since, as dates, organisations and purposes — no staff names, no case ids, no other
 * citizen. The citizen's cases with other organisations are theirs to export: a leader
 * whose case joined a known citizen's record must not read that citizen's history with
 * others (R4), nor learn from it that the number was known. The export is audited.
 */
export const citizenAccessExport = leaderProcedure.input(input).query(async ({ ctx, input }) => {
  const citizenId = await citizenOfVisibleCase(ctx, input.caseId);
  const caseIds = await visibleCaseIdsOfCitizen(ctx.db, ctx.actor, citizenId);
  const rows = await listCitizenAccess(ctx.db, { citizenId, caseIds, limit: 10 * LIMIT });
  await audit(
    ctx,
    [{ action: "citizen.access-log.exported", citizenId, caseId: input.caseId }],
    ctx.db,
  );
  return {
    generatedAt: ctx.now(),
    rows: rows.map((row) => ({
      date: row.at.toISOString().slice(0, 10),
      organisationName: row.organisationName ?? "Samstemt (system)",
      purpose: accessPurposeText[purposeOf(row.action)],
    })),
  };
});
