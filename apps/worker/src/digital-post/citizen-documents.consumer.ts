import { caseStateForAlerts, citizenRecipient, recordCitizenDocumentSent } from "@samstemt/db";
import type { CitizenAgreementVersion } from "@samstemt/domain";
import type { OutboxConsumer } from "../outbox/outbox-consumer";
import type { DigitalPost } from "./digital-post";
import { renderCitizenAgreement } from "./render-citizen-agreement";

/** Registered when the worker starts with digital post (registerOutboxConsumer is idempotent). */
export const CITIZEN_DOCUMENTS_CONSUMER = "documents.citizen";

/**
 * F2: documents meant for the citizen go by digital post. When a citizen agreement is signed
 * by the citizen and the team (R11), the signed version is rendered as PDF and sent; the case
 * records what was sent and when. The idempotency key is the consumer and the event, so a
 * delivery repeated after a crash hands the adapter the same message, which it sends once.
 */
export function citizenDocumentsConsumer(post: DigitalPost): OutboxConsumer {
  return {
    name: CITIZEN_DOCUMENTS_CONSUMER,
    async handle(event, tx, now) {
      if (event.type !== "AgreementSigned") return;
      const payload = event.payload as { agreement?: string; version?: number };
      if (payload.agreement !== "citizen") return;
      const state = await caseStateForAlerts(tx, event.caseId);
      const version = state?.agreements.citizen.find((v) => v.version === payload.version) as
        | CitizenAgreementVersion
        | undefined;
      const recipient = await citizenRecipient(tx, event.caseId);
      if (!version || !recipient) return;
      const title = `Din aftale med dit team (version ${version.version})`;
      const at = now();
      const receipt = await post.send({
        idempotencyKey: `${CITIZEN_DOCUMENTS_CONSUMER}:${event.id}`,
        recipient: { cpr: recipient.cpr },
        title,
        pdf: await renderCitizenAgreement(version),
        sentAt: at,
      });
      await recordCitizenDocumentSent(tx, {
        caseId: event.caseId,
        citizenId: recipient.citizenId,
        at,
        title,
        kind: "citizen_agreement",
        messageId: receipt.messageId,
      });
    },
  };
}
