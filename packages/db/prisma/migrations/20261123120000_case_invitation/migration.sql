-- CreateTable
CREATE TABLE "case_invitation" (
    "case_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "invited_at" TIMESTAMPTZ(3) NOT NULL,
    "invited_by_id" TEXT NOT NULL,

    CONSTRAINT "case_invitation_pkey" PRIMARY KEY ("case_id","organisation_id")
);

-- CreateIndex
CREATE INDEX "case_invitation_organisation_id_idx" ON "case_invitation"("organisation_id");

-- AddForeignKey
ALTER TABLE "case_invitation" ADD CONSTRAINT "case_invitation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_invitation" ADD CONSTRAINT "case_invitation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_invitation" ADD CONSTRAINT "case_invitation_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

