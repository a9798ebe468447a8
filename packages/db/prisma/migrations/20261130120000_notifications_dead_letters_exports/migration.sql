-- Issue 12: the reporting worker's alerts, dead letters and analyst exports.

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "condition_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "case_id" TEXT,
    "due_at" TIMESTAMPTZ(3),
    "texts" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    "email_status" TEXT NOT NULL DEFAULT 'pending',
    "email_attempts" INTEGER NOT NULL DEFAULT 0,
    "email_available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email_last_error" TEXT,
    "email_sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "person_id" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'da',
    "email" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "dead_letter" (
    "id" BIGSERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "error" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "failed_at" TIMESTAMPTZ(3) NOT NULL,
    "retry_requested_at" TIMESTAMPTZ(3),
    "retry_requested_by" TEXT,
    "retried_at" TIMESTAMPTZ(3),

    CONSTRAINT "dead_letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "administrator" (
    "person_id" TEXT NOT NULL,
    "granted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "administrator_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "analyst_export" (
    "id" TEXT NOT NULL,
    "requested_by_id" TEXT NOT NULL,
    "from_quarter" TEXT NOT NULL,
    "to_quarter" TEXT NOT NULL,
    "organisation_ids" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'queued',
    "rows_total" INTEGER,
    "rows_done" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),

    CONSTRAINT "analyst_export_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notification_person_id_created_at_idx" ON "notification"("person_id", "created_at");

-- CreateIndex
CREATE INDEX "notification_email_status_email_available_at_idx" ON "notification"("email_status", "email_available_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_person_id_condition_key_key" ON "notification"("person_id", "condition_key");

-- CreateIndex
CREATE INDEX "dead_letter_failed_at_idx" ON "dead_letter"("failed_at");

-- CreateIndex
CREATE INDEX "analyst_export_requested_by_id_created_at_idx" ON "analyst_export"("requested_by_id", "created_at");

-- The worker's alert consumer: finds conditions as soon as a case's events arrive (the daily
-- scan finds the rest). Events stored before this migration are left to the scan.
INSERT INTO "outbox_consumer" ("name") VALUES ('alerts.find');
