-- R12: the leaders' review meeting record (issue 11).

-- CreateTable
CREATE TABLE "review_meeting" (
    "id" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "held_on" TEXT NOT NULL,
    "supervision_decision" TEXT NOT NULL,
    "evaluation_decision" TEXT NOT NULL,
    "other_decisions" TEXT NOT NULL,
    "recorded_by_id" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "review_meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_meeting_participant" (
    "meeting_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,

    CONSTRAINT "review_meeting_participant_pkey" PRIMARY KEY ("meeting_id","person_id")
);

-- CreateTable
CREATE TABLE "review_follow_up" (
    "id" TEXT NOT NULL,
    "meeting_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner_name" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "closed_in_meeting_id" TEXT,

    CONSTRAINT "review_follow_up_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "review_meeting_held_on_idx" ON "review_meeting"("held_on");

-- CreateIndex
CREATE INDEX "review_meeting_participant_organisation_id_idx" ON "review_meeting_participant"("organisation_id");

-- CreateIndex
CREATE INDEX "review_follow_up_meeting_id_idx" ON "review_follow_up"("meeting_id");

-- CreateIndex
CREATE INDEX "review_follow_up_closed_in_meeting_id_idx" ON "review_follow_up"("closed_in_meeting_id");

-- AddForeignKey
ALTER TABLE "review_meeting_participant" ADD CONSTRAINT "review_meeting_participant_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "review_meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_follow_up" ADD CONSTRAINT "review_follow_up_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "review_meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_follow_up" ADD CONSTRAINT "review_follow_up_closed_in_meeting_id_fkey" FOREIGN KEY ("closed_in_meeting_id") REFERENCES "review_meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- R4 on the dashboard (issue 11): the expiry instants of each case's standing consents on its
-- indicator row, so "consents lapsing" is counted without reading every case's state.
ALTER TABLE "case_indicator" ADD COLUMN "consent_expiries" TIMESTAMPTZ(3)[];

-- Existing rows: the same value from the stored state (`pnpm db:reproject` gives the same).
UPDATE "case_indicator" i SET "consent_expiries" = coalesce((
  SELECT array_agg((k->>'expiresAt')::timestamptz ORDER BY (k->>'expiresAt')::timestamptz)
  FROM "case" c, jsonb_array_elements(c."state"->'consents') AS k
  WHERE c."id" = i."case_id" AND k->>'withdrawnAt' IS NULL AND k->>'expiresAt' IS NOT NULL
), ARRAY[]::timestamptz[]);
