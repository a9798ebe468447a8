import { type CaseSearchQuery, searchVisibleCases } from "@samstemt/db";
import { textIssue, textIssues } from "@samstemt/domain";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";

export const searchCasesInput = z.strictObject({
  query: z
    .string()
    .trim()
    .min(2, "Skriv mindst to tegn af borgerens navn eller hele CPR-nummeret.")
    .max(100, "Søgningen må højst være 100 tegn.")
    // The domain's text rules: a NUL byte or a lone surrogate is a 400, never a database error.
    .superRefine((text, ctx) => {
      const issue = textIssue(text, { multiline: false });
      if (issue) ctx.addIssue({ code: "custom", message: textIssues[issue].da });
    })
    .transform((text) => text.normalize("NFC")),
});

/** "0101901234" or "010190-1234" is a CPR number; anything else is part of a name. */
export function searchQueryOf(text: string): CaseSearchQuery {
  const digits = text.replace(/[\s-]/g, "");
  return /^\d{10}$/.test(digits) ? { cpr: digits } : { name: text };
}

/**
 * Search the cases the person may see by the citizen's name or CPR number. The database
 * applies the visibility filter in the same query, so a case the person may not see is
 * never found, counted or hinted at. Each citizen found is audited; so is a CPR search that
 * found nobody (who tried which numbers is worth knowing), without the number itself.
 */
export const searchCases = protectedProcedure
  .input(searchCasesInput)
  .query(async ({ ctx, input }) => {
    const query = searchQueryOf(input.query);
    const by = "cpr" in query ? "cpr" : "name";
    const hits = await searchVisibleCases(ctx.db, ctx.actor, query, { limit: 50 });
    await audit(
      ctx,
      hits.length > 0
        ? hits.map((hit) => ({
            action: "citizen.search",
            citizenId: hit.citizenId,
            caseId: hit.caseId,
            details: { by },
          }))
        : [{ action: "citizen.search", details: { by, hits: 0 } }],
      ctx.db,
    );
    return hits.map((hit) => ({
      caseId: hit.caseId,
      citizenName: hit.citizenName,
      status: hit.status,
      initiativeAt: hit.initiativeAt,
    }));
  });
