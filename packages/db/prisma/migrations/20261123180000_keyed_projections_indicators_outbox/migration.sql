-- R3/R5/R9: a case with no deadline (excluded, declined, closed without a collaboration
-- meeting) stores none, as the domain's deadlineForCase says.
ALTER TABLE "case" ALTER COLUMN "deadline_at" DROP NOT NULL,
ALTER COLUMN "deadline_state" DROP NOT NULL,
ALTER COLUMN "deadline_state" DROP DEFAULT;

UPDATE "case" SET "deadline_at" = NULL, "deadline_state" = NULL
WHERE "status" IN ('excluded', 'declined')
   OR ("status" = 'closed' AND "first_meeting_held_at" IS NULL);

-- team_member rows are upserted by the domain's key; the unique index also serves lookups by case.
DROP INDEX "team_member_case_id_idx";

CREATE UNIQUE INDEX "team_member_case_id_person_id_joined_at_key" ON "team_member"("case_id", "person_id", "joined_at");

-- CreateTable
CREATE TABLE "case_indicator" (
    "case_id" TEXT NOT NULL,
    "case_version" INTEGER NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "initiative_at" TIMESTAMPTZ(3) NOT NULL,
    "initiative_quarter" TEXT NOT NULL,
    "endorsed_at" TIMESTAMPTZ(3),
    "endorsed_quarter" TEXT,
    "declined" BOOLEAN NOT NULL,
    "declined_at" TIMESTAMPTZ(3),
    "excluded" BOOLEAN NOT NULL,
    "excluded_at" TIMESTAMPTZ(3),
    "activated_at" TIMESTAMPTZ(3),
    "activated_quarter" TEXT,
    "first_meeting_at" TIMESTAMPTZ(3),
    "first_meeting_quarter" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_quarter" TEXT,
    "closing_reason" TEXT,
    "days_to_endorsement" INTEGER,
    "days_to_activation" INTEGER,
    "days_to_first_meeting" INTEGER,
    "deadline_at" TIMESTAMPTZ(3),
    "deadline_state" "DeadlineState",
    "has_coordinator" BOOLEAN NOT NULL,
    "organisational_agreement_signed" BOOLEAN NOT NULL,
    "organisational_agreement_complete" BOOLEAN NOT NULL,
    "organisational_agreement_missing_fields" INTEGER NOT NULL,
    "citizen_agreement_signed" BOOLEAN NOT NULL,
    "citizen_agreement_complete" BOOLEAN NOT NULL,
    "citizen_agreement_missing_fields" INTEGER NOT NULL,
    "supervision" BOOLEAN,
    "meeting_every" INTEGER,
    "meeting_unit" TEXT,
    "meetings_held" INTEGER NOT NULL,
    "collaboration_meetings_held" INTEGER NOT NULL,
    "citizen_present_meetings" INTEGER NOT NULL,
    "meetings_expected" INTEGER,
    "next_meeting_due_at" TIMESTAMPTZ(3),
    "next_meeting_overdue" BOOLEAN NOT NULL,
    "change_notices" INTEGER NOT NULL,
    "pending_acknowledgements" INTEGER NOT NULL,
    "sectors" "Sector"[],
    "sector_count" INTEGER NOT NULL,

    CONSTRAINT "case_indicator_pkey" PRIMARY KEY ("case_id")
);

-- CreateTable
CREATE TABLE "outbox_consumer" (
    "name" TEXT NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_consumer_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "outbox" (
    "consumer" TEXT NOT NULL,
    "event_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "handled_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("consumer","event_id")
);

-- CreateIndex
CREATE INDEX "case_indicator_initiative_quarter_idx" ON "case_indicator"("initiative_quarter");

-- CreateIndex
CREATE INDEX "case_indicator_status_deadline_at_idx" ON "case_indicator"("status", "deadline_at");

-- CreateIndex
CREATE INDEX "outbox_event_id_idx" ON "outbox"("event_id");

-- AddForeignKey
ALTER TABLE "case_indicator" ADD CONSTRAINT "case_indicator_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_consumer_fkey" FOREIGN KEY ("consumer") REFERENCES "outbox_consumer"("name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "case_event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The worker's one consumer so far: keeps each case's indicator row fresh as events arrive.
-- Events stored before this migration are not delivered; `pnpm db:reproject` covers their rows.
INSERT INTO "outbox_consumer" ("name") VALUES ('indicators.refresh');

-- Indicator rows need the domain's rules, which SQL does not have: cases stored before this
-- release get theirs from `pnpm db:reproject`, or from the worker's scheduled refresh, which
-- projects every case that has no indicator row yet.
