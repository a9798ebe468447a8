// 40,000 (or --cases N) cases for the quarter-dashboard bench, generated in SQL from their
// number alone, so every run gets the same data: case, citizen, team, organisations,
// meetings and the indicator row, shaped like the product's own (statuses, R9 deadlines at
// the end of a Danish day, quarters and lead times in Danish time).

/** @param {import("pg").Client} client */
export async function generateQuarterCases(client, { count, now, tz, people }) {
  const { regionStaff, municipalityStaff, regionOrg, municipalityOrg } = people;
  await client.query(
    `
    CREATE TEMP TABLE gen AS
    WITH base AS (
      SELECT i,
        ($2::timestamptz - interval '1100 days') + (i % 1095) * interval '1 day' + (i % 24) * interval '1 hour' AS initiative_at,
        (i * 37) % 100 AS r,
        i % 2 = 0 AS regional
      FROM generate_series(1, $1::int) AS i
    ), staged AS (
      SELECT *,
        CASE WHEN r < 4 THEN 'excluded' WHEN r < 10 THEN 'declined' WHEN r < 20 THEN 'initiated'
             WHEN r < 28 THEN 'endorsed' WHEN r < 85 THEN 'active' ELSE 'closed' END AS status
      FROM base
    ), dated AS (
      SELECT *,
        CASE WHEN status IN ('endorsed', 'active', 'closed') THEN initiative_at + (1 + i % 5) * interval '1 day' END AS endorsed_at,
        CASE WHEN status IN ('active', 'closed') THEN initiative_at + (3 + i % 10) * interval '1 day' END AS activated_at,
        CASE WHEN status IN ('active', 'closed') AND i % 13 < 10 THEN initiative_at + (10 + i % 30) * interval '1 day' END AS first_meeting_at,
        ((((initiative_at AT TIME ZONE $3)::date + interval '1 month' + interval '1 day')::timestamp
          AT TIME ZONE $3) - interval '1 millisecond') AS raw_deadline
      FROM staged
    )
    SELECT *,
      CASE WHEN status = 'closed' THEN least(activated_at + interval '200 days', $2::timestamptz - interval '1 day') END AS closed_at,
      CASE WHEN status IN ('excluded', 'declined') OR (status = 'closed' AND first_meeting_at IS NULL) THEN NULL
           ELSE raw_deadline END AS deadline_at
    FROM dated`,
    [count, now, tz],
  );
  const quarter = (column) =>
    `CASE WHEN ${column} IS NULL THEN NULL ELSE to_char(${column} AT TIME ZONE '${tz}', 'YYYY') || '-Q' || to_char(${column} AT TIME ZONE '${tz}', 'Q') END`;
  const days = (column) =>
    `((${column} AT TIME ZONE '${tz}')::date - (initiative_at AT TIME ZONE '${tz}')::date)`;
  await client.query(`
    INSERT INTO "citizen" ("id", "cpr", "name")
    SELECT 'bench-citizen-' || i, lpad(i::text, 10, '0'), 'Benchborger ' || i FROM gen`);
  await client.query(
    `
    INSERT INTO "case" ("id", "citizen_id", "status", "initiator_id", "initiator_unit_id", "initiative_at",
      "reasons", "endorsed_at", "activated_at", "closed_at", "first_meeting_held_at", "deadline_at",
      "deadline_state", "state", "version", "updated_at")
    SELECT 'bench-case-' || i, 'bench-citizen-' || i, status::"CaseStatus",
      CASE WHEN regional THEN $1 ELSE $2 END, CASE WHEN regional THEN $3 ELSE $4 END,
      initiative_at, ARRAY['self_harm'], endorsed_at, activated_at, closed_at, first_meeting_at,
      deadline_at, NULL,
      CASE WHEN i % 5 = 0 THEN jsonb_build_object('consents', jsonb_build_array(jsonb_build_object(
        'expiresAt', to_jsonb($5::timestamptz + (i % 90) * interval '1 day'), 'withdrawnAt', NULL)))
        ELSE jsonb_build_object('consents', '[]'::jsonb) END,
      1, initiative_at
    FROM gen`,
    [regionStaff.id, municipalityStaff.id, regionStaff.unitId, municipalityStaff.unitId, now],
  );
  await client.query(
    `
    INSERT INTO "case_organisation" ("case_id", "organisation_id", "agreed_at")
    SELECT 'bench-case-' || i, org, activated_at FROM gen, unnest(ARRAY[$1, $2]) AS org
    WHERE activated_at IS NOT NULL`,
    [regionOrg, municipalityOrg],
  );
  await client.query(
    `
    INSERT INTO "team_member" ("id", "case_id", "person_id", "task", "is_coordinator", "joined_at", "left_at")
    SELECT 'bench-member-' || i || '-' || n, 'bench-case-' || i, person, 'Kontaktperson',
      (n = 1) = regional AND i % 17 <> 0, activated_at,
      CASE WHEN status = 'closed' THEN closed_at END
    FROM gen, unnest(ARRAY[$1, $2]) WITH ORDINALITY AS t(person, n)
    WHERE activated_at IS NOT NULL`,
    [regionStaff.id, municipalityStaff.id],
  );
  await client.query(`
    INSERT INTO "meeting" ("id", "case_id", "kind", "held_at", "citizen_present")
    SELECT 'm' || n, 'bench-case-' || i, 'collaboration',
      first_meeting_at + (n - 1) * interval '45 days', (i + n) % 4 <> 0
    FROM gen, generate_series(1, 3) AS n
    WHERE first_meeting_at IS NOT NULL AND n <= 1 + i % 3
      AND first_meeting_at + (n - 1) * interval '45 days' < coalesce(closed_at, now())`);
  await client.query(
    `
    INSERT INTO "case_indicator" ("case_id", "case_version", "computed_at", "status", "initiative_at",
      "initiative_quarter", "endorsed_at", "endorsed_quarter", "declined", "declined_at", "excluded",
      "excluded_at", "activated_at", "activated_quarter", "first_meeting_at", "first_meeting_quarter",
      "closed_at", "closed_quarter", "closing_reason", "days_to_endorsement", "days_to_activation",
      "days_to_first_meeting", "deadline_at", "deadline_state", "has_coordinator",
      "organisational_agreement_signed", "organisational_agreement_complete",
      "organisational_agreement_missing_fields", "citizen_agreement_signed",
      "citizen_agreement_complete", "citizen_agreement_missing_fields", "supervision",
      "meeting_every", "meeting_unit", "meetings_held", "collaboration_meetings_held",
      "citizen_present_meetings", "meetings_expected", "next_meeting_due_at", "next_meeting_overdue",
      "change_notices", "pending_acknowledgements", "sectors", "sector_count", "consent_expiries",
      "collaboration_meeting_quarters", "citizen_present_meeting_quarters", "visible_to")
    SELECT
      'bench-case-' || i, 1, $1::timestamptz, status::"CaseStatus",
      initiative_at, ${quarter("initiative_at")},
      endorsed_at, ${quarter("endorsed_at")},
      status = 'declined', CASE WHEN status = 'declined' THEN initiative_at + interval '2 days' END,
      status = 'excluded', CASE WHEN status = 'excluded' THEN initiative_at END,
      activated_at, ${quarter("activated_at")},
      first_meeting_at, ${quarter("first_meeting_at")},
      closed_at, ${quarter("closed_at")}, CASE WHEN closed_at IS NOT NULL THEN 'goal_reached' END,
      ${days("endorsed_at")}, ${days("activated_at")}, ${days("first_meeting_at")},
      deadline_at,
      (CASE WHEN deadline_at IS NULL THEN NULL
            WHEN first_meeting_at IS NOT NULL AND first_meeting_at <= deadline_at THEN 'met'
            WHEN first_meeting_at IS NOT NULL THEN 'missed'
            WHEN deadline_at < $1::timestamptz THEN 'overdue' ELSE 'open' END)::"DeadlineState",
      activated_at IS NOT NULL AND i % 17 <> 0,
      activated_at IS NOT NULL AND i % 3 <> 0, activated_at IS NOT NULL AND i % 3 <> 0, CASE WHEN i % 3 = 0 THEN i % 4 ELSE 0 END,
      activated_at IS NOT NULL AND i % 4 <> 0, activated_at IS NOT NULL AND i % 4 <> 0, CASE WHEN i % 4 = 0 THEN i % 3 ELSE 0 END,
      CASE WHEN activated_at IS NULL OR i % 3 = 0 THEN NULL ELSE i % 2 = 0 END,
      CASE WHEN activated_at IS NOT NULL AND i % 3 <> 0 THEN 1 END,
      CASE WHEN activated_at IS NOT NULL AND i % 3 <> 0 THEN 'month' END,
      (SELECT count(*) FROM "meeting" m WHERE m."case_id" = 'bench-case-' || i)::int,
      (SELECT count(*) FROM "meeting" m WHERE m."case_id" = 'bench-case-' || i)::int,
      (SELECT count(*) FROM "meeting" m WHERE m."case_id" = 'bench-case-' || i AND m."citizen_present")::int,
      CASE WHEN activated_at IS NOT NULL AND i % 3 <> 0 AND first_meeting_at IS NOT NULL THEN 1 + i % 8 END,
      NULL, status = 'active' AND i % 6 = 0,
      CASE WHEN i % 7 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 14 = 0 AND status = 'active' THEN 1 ELSE 0 END,
      CASE WHEN activated_at IS NULL THEN ARRAY[CASE WHEN regional THEN 'region' ELSE 'municipality' END]::"Sector"[]
           WHEN i % 5 = 0 THEN ARRAY['region', 'municipality', 'general_practice']::"Sector"[]
           ELSE ARRAY['region', 'municipality']::"Sector"[] END,
      CASE WHEN activated_at IS NULL THEN 1 WHEN i % 5 = 0 THEN 3 ELSE 2 END,
      CASE WHEN i % 5 = 0 THEN ARRAY[$1::timestamptz + (i % 90) * interval '1 day'] ELSE ARRAY[]::timestamptz[] END,
      ARRAY(SELECT ${quarter('m."held_at"')} FROM "meeting" m
        WHERE m."case_id" = 'bench-case-' || i AND m."kind" = 'collaboration' ORDER BY m."held_at"),
      ARRAY(SELECT ${quarter('m."held_at"')} FROM "meeting" m
        WHERE m."case_id" = 'bench-case-' || i AND m."kind" = 'collaboration' AND m."citizen_present"
        ORDER BY m."held_at"),
      -- As caseVisibilityKeys: the initiator and their unit, the organisations taking part, the
      -- current team members.
      ARRAY(SELECT DISTINCT k FROM (
        SELECT 'person:' || c."initiator_id" AS k FROM "case" c WHERE c."id" = 'bench-case-' || i
        UNION ALL SELECT 'unit:' || c."initiator_unit_id" FROM "case" c WHERE c."id" = 'bench-case-' || i
        UNION ALL SELECT 'organisation:' || co."organisation_id" FROM "case_organisation" co
          WHERE co."case_id" = 'bench-case-' || i
        UNION ALL SELECT 'person:' || tm."person_id" FROM "team_member" tm
          WHERE tm."case_id" = 'bench-case-' || i AND tm."left_at" IS NULL) AS keys)
    FROM gen`,
    [now],
  );
  await client.query("DROP TABLE gen");
}
