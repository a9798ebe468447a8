-- Administration (issue 10): people are deactivated, never deleted.

-- AlterTable
ALTER TABLE "person" ADD COLUMN "deactivated_at" TIMESTAMPTZ(3);
