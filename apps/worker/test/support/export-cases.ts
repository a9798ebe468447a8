import type { SqlRunner } from "@samstemt/db";

/** The scope that takes in every case `seedExportCases` makes. */
export const allSeededCases = {
  fromQuarter: "2024-Q1",
  toQuarter: "2025-Q4",
  organisationIds: [] as string[],
};

/**
 * `count` made-up cases straight into the tables an export reads (as the export bench does),
 * with what makes a case file awkward: every status and deadline state, missing dates and
 * counts, a closing reason that needs quoting, sectors in either order, dates either side of
 * a summer-time change, and citizens with several cases (one per three).
 */
export async function seedExportCases(sql: SqlRunner, count: number): Promise<void> {
  const org = "00000000-0000-7000-8000-00000000e001";
  const unit = "00000000-0000-7000-8000-00000000e002";
  const person = "00000000-0000-7000-8000-00000000e003";
  const citizens = Math.max(1, Math.floor(count / 3));
  await sql.exec(`
    INSERT INTO "organisation" ("id", "name", "sector") VALUES ('${org}', 'Eksport region', 'region');
    INSERT INTO "unit" ("id", "organisation_id", "name") VALUES ('${unit}', '${org}', 'Eksport enhed');
    INSERT INTO "person" ("id", "unit_id", "username", "name", "title", "role", "email")
      VALUES ('${person}', '${unit}', 'eksport', 'Eksport Person', 'staff', 'staff', 'eksport@test.invalid');
    INSERT INTO "citizen" ("id", "cpr", "name")
      SELECT 'c' || g, lpad(g::text, 10, '0'), 'Borger ' || g FROM generate_series(1, ${citizens}) g;
    INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id",
        "initiative_at", "deadline_at", "state", "version", "updated_at")
      SELECT 'k' || lpad(g::text, 6, '0'), 'c' || (1 + (g * 7) % ${citizens}), 'active', '${person}', '${unit}',
        timestamptz '2024-03-29 22:30+00' + (g % 600) * interval '1 day 1 hour',
        timestamptz '2024-04-20 23:30+00' + (g % 600) * interval '1 day', '{}', 1, now()
      FROM generate_series(1, ${count}) g;
    INSERT INTO "case_indicator" ("case_id", "case_version", "computed_at", "status",
        "initiative_at", "initiative_quarter", "endorsed_at", "declined", "excluded",
        "activated_at", "first_meeting_at", "closed_at", "closing_reason", "days_to_endorsement",
        "days_to_activation", "days_to_first_meeting", "deadline_at", "deadline_state",
        "has_coordinator", "organisational_agreement_signed", "organisational_agreement_complete",
        "organisational_agreement_missing_fields", "citizen_agreement_signed",
        "citizen_agreement_complete", "citizen_agreement_missing_fields", "supervision",
        "meeting_every", "meeting_unit", "meetings_held", "collaboration_meetings_held",
        "citizen_present_meetings", "meetings_expected", "next_meeting_overdue", "change_notices",
        "pending_acknowledgements", "sectors", "sector_count")
      SELECT c."id", 1, now(),
        (ARRAY['initiated', 'excluded', 'endorsed', 'declined', 'active', 'closed'])[1 + g % 6]::"CaseStatus",
        c."initiative_at",
        to_char(c."initiative_at" AT TIME ZONE 'Europe/Copenhagen', 'YYYY') || '-Q'
          || extract(quarter FROM c."initiative_at" AT TIME ZONE 'Europe/Copenhagen'),
        CASE WHEN g % 4 = 0 THEN NULL ELSE c."initiative_at" + interval '1 day' END,
        g % 6 = 3, g % 6 = 1,
        CASE WHEN g % 3 = 0 THEN NULL ELSE c."initiative_at" + interval '3 days' END,
        CASE WHEN g % 5 = 0 THEN NULL ELSE c."initiative_at" + (g % 40) * interval '1 day' END,
        CASE WHEN g % 6 = 5 THEN c."initiative_at" + interval '90 days' END,
        CASE WHEN g % 12 = 5 THEN E'Flyttet; "ny" adresse\\nlinje 2' WHEN g % 6 = 5 THEN 'Afsluttet' END,
        CASE WHEN g % 4 = 0 THEN NULL ELSE 1 END, 3, CASE WHEN g % 5 = 0 THEN NULL ELSE g % 40 END,
        CASE WHEN g % 9 = 0 THEN NULL ELSE c."deadline_at" END,
        (ARRAY['met', 'missed', 'overdue', 'open', NULL])[1 + g % 5]::"DeadlineState",
        g % 3 <> 0, g % 2 = 0, g % 2 = 0, g % 4, g % 3 = 0, g % 3 = 0, g % 5, g % 2 = 0,
        CASE WHEN g % 8 = 0 THEN NULL ELSE 2 END, CASE WHEN g % 8 = 1 THEN NULL ELSE 'week' END,
        g % 12, g % 6, g % 4, CASE WHEN g % 10 = 0 THEN NULL ELSE g % 15 END, g % 7 = 0, g % 3, g % 2,
        CASE WHEN g % 3 = 0 THEN ARRAY['region', 'municipality']::"Sector"[]
             WHEN g % 3 = 1 THEN ARRAY['municipality', 'region']::"Sector"[] END,
        CASE WHEN g % 3 = 2 THEN 0 ELSE 2 END
      FROM "case" c CROSS JOIN LATERAL (SELECT substr(c."id", 2)::int AS g) n;`);
}

/** The citizen of each seeded case, in the order of the case file (by case id). */
export async function citizensInCaseOrder(sql: SqlRunner): Promise<string[]> {
  const rows = await sql.query<{ citizen_id: string }>(
    `SELECT c."citizen_id" FROM "case_indicator" i JOIN "case" c ON c."id" = i."case_id"
     ORDER BY i."case_id"`,
  );
  return rows.map((row) => row.citizen_id);
}
