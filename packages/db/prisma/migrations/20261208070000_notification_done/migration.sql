-- An alert whose condition has ended (the deadline met, the agreement signed, the case
-- closed, …) is marked done: it stays in the person's list, no longer counted as unread,
-- and its e-mail, if not yet sent, is not sent. The worker finds a case's open alerts by
-- case on every event of the case, hence the index.

-- AlterTable
ALTER TABLE "notification" ADD COLUMN "done_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "notification_case_id_idx" ON "notification"("case_id");
