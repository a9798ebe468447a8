-- Every registration gets a citizen record of its own; the initiator's leader checks the CPR
-- number against the CPR register, and only then does the record join the number's one
-- confirmed record. The CPR number alone is no longer unique.

-- DropIndex
DROP INDEX "citizen_cpr_key";

-- AlterTable
ALTER TABLE "citizen" ADD COLUMN "confirmed_cpr" TEXT,
ADD COLUMN "register_checked_at" TIMESTAMPTZ(3);

-- Records from before: what Samstemt knew is the number's confirmed record.
UPDATE "citizen" SET "confirmed_cpr" = "cpr", "register_checked_at" = "created_at"
WHERE strpos("cpr", '~') = 0;

-- Provisional registrations ("<cpr>~<tag>") become records waiting for their leader's check.
UPDATE "citizen" SET "cpr" = split_part("cpr", '~', 1) WHERE strpos("cpr", '~') > 0;

-- CreateIndex
CREATE UNIQUE INDEX "citizen_confirmed_cpr_key" ON "citizen"("confirmed_cpr");

-- CreateIndex
CREATE INDEX "citizen_cpr_idx" ON "citizen"("cpr");
