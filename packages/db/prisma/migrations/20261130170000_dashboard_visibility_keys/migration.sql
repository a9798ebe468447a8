-- The leader dashboard (issue 11) at 40,000 cases: who may see each case, and the quarters of
-- its collaboration meetings, on its indicator row — so the quarter query filters by
-- visibility with one array overlap per row and counts meetings from the rows it reads
-- anyway, instead of looking up case, case_organisation and team_member for every indicator
-- and meeting row.

-- AlterTable
ALTER TABLE "case_indicator" ADD COLUMN "collaboration_meeting_quarters" TEXT[],
ADD COLUMN "citizen_present_meeting_quarters" TEXT[],
ADD COLUMN "visible_to" TEXT[];

-- CreateIndex
CREATE INDEX "case_indicator_visible_to_idx" ON "case_indicator" USING GIN ("visible_to");

-- Existing rows: the values the projection writes (packages/db/src/projections:
-- caseVisibilityKeys, collaborationMeetingQuarters), from the projected tables; the order of
-- the keys aside, `pnpm db:reproject` gives the same.
UPDATE "case_indicator" i SET "visible_to" = ARRAY(
  SELECT k."key" FROM (
    SELECT 'person:' || c."initiator_id" AS "key", 1 AS "rank", NULL::timestamptz AS "at"
      FROM "case" c WHERE c."id" = i."case_id"
    UNION ALL
    SELECT 'unit:' || c."initiator_unit_id", 2, NULL FROM "case" c WHERE c."id" = i."case_id"
    UNION ALL
    SELECT 'organisation:' || co."organisation_id", 3, co."agreed_at"
      FROM "case_organisation" co WHERE co."case_id" = i."case_id"
    UNION ALL
    SELECT 'person:' || tm."person_id", 4, tm."joined_at"
      FROM "team_member" tm WHERE tm."case_id" = i."case_id" AND tm."left_at" IS NULL
  ) AS k GROUP BY k."key" ORDER BY min(k."rank"), min(k."at")),
  "collaboration_meeting_quarters" = ARRAY(
    SELECT to_char(m."held_at" AT TIME ZONE 'Europe/Copenhagen', 'YYYY-"Q"Q') FROM "meeting" m
    WHERE m."case_id" = i."case_id" AND m."kind" = 'collaboration' AND m."held_at" IS NOT NULL
    ORDER BY m."held_at"),
  "citizen_present_meeting_quarters" = ARRAY(
    SELECT to_char(m."held_at" AT TIME ZONE 'Europe/Copenhagen', 'YYYY-"Q"Q') FROM "meeting" m
    WHERE m."case_id" = i."case_id" AND m."kind" = 'collaboration' AND m."held_at" IS NOT NULL
      AND m."citizen_present" IS TRUE
    ORDER BY m."held_at");
