-- CreateIndex
CREATE INDEX "case_initiator_id_idx" ON "case"("initiator_id");
