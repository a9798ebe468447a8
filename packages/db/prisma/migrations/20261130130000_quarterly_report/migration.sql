-- Quarterly reports the worker has written (issue 12, R12), for the API to list.

-- CreateTable
CREATE TABLE "quarterly_report" (
    "organisation_id" TEXT NOT NULL,
    "quarter" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quarterly_report_pkey" PRIMARY KEY ("organisation_id","quarter")
);
