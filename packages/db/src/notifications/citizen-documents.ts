import { clientOf, type NotificationHandle } from "./handle";

/** The action under which a document sent to the citizen is recorded on the case (F2). */
export const CITIZEN_DOCUMENT_SENT = "citizenDocument.sent";

/** Who a document for the case's citizen is addressed to: digital post goes by CPR number. */
export async function citizenRecipient(
  db: NotificationHandle,
  caseId: string,
): Promise<{ citizenId: string; cpr: string; name: string } | null> {
  const row = await clientOf(db).case.findUnique({
    where: { id: caseId },
    select: { citizen: { select: { id: true, cpr: true, name: true } } },
  });
  return row ? { citizenId: row.citizen.id, cpr: row.citizen.cpr, name: row.citizen.name } : null;
}

export interface CitizenDocumentSent {
  caseId: string;
  citizenId: string;
  at: Date;
  title: string;
  kind: string;
  messageId: string;
  /**
   * What the document was made from, so the case page shows it to those who may read that
   * (R4); absent on documents recorded before sources were kept.
   */
  source?: CitizenDocumentSource | null;
}

/** A held meeting's minutes, or a signed citizen agreement version (F2). */
export type CitizenDocumentSource = { meetingId: string } | { citizenAgreementVersion: number };

const sourceOf = (details: Record<string, unknown>): CitizenDocumentSource | null => {
  const source = details.source as Record<string, unknown> | null | undefined;
  if (source && typeof source.meetingId === "string") return { meetingId: source.meetingId };
  if (source && typeof source.citizenAgreementVersion === "number") {
    return { citizenAgreementVersion: source.citizenAgreementVersion };
  }
  return null;
};

/**
 * Records on the case (in the audit log, which the case's history reads) that a document
 * went to the citizen: what, when and under which message id. In the caller's transaction,
 * so it is recorded exactly when the delivery is.
 */
export async function recordCitizenDocumentSent(
  db: NotificationHandle,
  sent: CitizenDocumentSent,
): Promise<void> {
  await clientOf(db).auditEntry.create({
    data: {
      at: sent.at,
      personId: null,
      action: CITIZEN_DOCUMENT_SENT,
      citizenId: sent.citizenId,
      caseId: sent.caseId,
      details: {
        title: sent.title,
        kind: sent.kind,
        messageId: sent.messageId,
        source: sent.source ?? null,
      },
    },
  });
}

/** What was sent to the citizen of a case, oldest first. */
export async function citizenDocumentsSent(
  db: NotificationHandle,
  caseId: string,
): Promise<
  Array<{
    at: Date;
    title: string;
    kind: string;
    messageId: string;
    source: CitizenDocumentSource | null;
  }>
> {
  const rows = await clientOf(db).auditEntry.findMany({
    where: { caseId, action: CITIZEN_DOCUMENT_SENT },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => {
    const details = (row.details ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof details[key] === "string" ? details[key] : "");
    return {
      at: row.at,
      title: text("title"),
      kind: text("kind"),
      messageId: text("messageId"),
      source: sourceOf(details),
    };
  });
}
