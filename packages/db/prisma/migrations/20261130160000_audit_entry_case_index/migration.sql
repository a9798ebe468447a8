-- The case page reads the documents sent to the citizen from the audit log by case and
-- action on every read; without an index that is a scan of the whole (growing) log.

-- CreateIndex
CREATE INDEX "audit_entry_case_id_action_idx" ON "audit_entry"("case_id", "action");
