import {
  caseStateForAlerts,
  citizenRecipient,
  type OutboxEvent,
  type OutboxTransaction,
  recordCitizenDocumentSent,
} from "@samstemt/db";
import type { CitizenAgreementVersion } from "@samstemt/domain";
import type { OutboxConsumer } from "../outbox/outbox-consumer";
import type { DigitalPost } from "./digital-post";
import { renderCitizenAgreement } from "./render-citizen-agreement";
import { meetingMinutesTitle, renderMeetingMinutes } from "./render-meeting-minutes";

/** Registered when the worker starts with digital post (registerOutboxConsumer is idempotent). */
export const CITIZEN_DOCUMENTS_CONSUMER = "documents.citizen";

/**
 * F2: documents meant for the citizen go by digital post, rendered as PDF; the case records
 * what was sent and when. The idempotency key is the consumer and the event, so a delivery
 * repeated after a crash hands the adapter the same message, which it sends once.
 * - A citizen agreement signed by the citizen and the team (R11): the signed version.
 * - The decision minutes of a held collaboration meeting (R7, R8). The inspiration paper's
 *   Fælles Team set-up (seed 000, annex 1) fills the minutes in during the meeting "so the
 *   citizen can follow what is written" and afterwards sends them to the citizen by e-Boks;
 *   the meeting is held whether or not the citizen takes part, so the minutes go to the
 *   citizen either way. A preparatory meeting is held without the citizen (R8): its minutes
 *   are the team's and are not sent. Minutes left empty send nothing.
 */
export function citizenDocumentsConsumer(post: DigitalPost): OutboxConsumer {
  return {
    name: CITIZEN_DOCUMENTS_CONSUMER,
    async handle(event, tx, now) {
      const document = await citizenDocumentFor(event, tx);
      if (!document) return;
      const recipient = await citizenRecipient(tx, event.caseId);
      if (!recipient) return;
      const at = now();
      const receipt = await post.send({
        idempotencyKey: `${CITIZEN_DOCUMENTS_CONSUMER}:${event.id}`,
        recipient: { cpr: recipient.cpr },
        title: document.title,
        pdf: await document.render(),
        sentAt: at,
      });
      await recordCitizenDocumentSent(tx, {
        caseId: event.caseId,
        citizenId: recipient.citizenId,
        at,
        title: document.title,
        kind: document.kind,
        messageId: receipt.messageId,
        source: document.source,
      });
    },
  };
}

interface CitizenDocument {
  kind: "citizen_agreement" | "meeting_minutes";
  title: string;
  /** What it was made from: the case page shows it to those who may read that (R4). */
  source: { meetingId: string } | { citizenAgreementVersion: number };
  render(): Promise<Buffer>;
}

/** The document an event gives the citizen, if any. */
async function citizenDocumentFor(
  event: OutboxEvent,
  tx: OutboxTransaction,
): Promise<CitizenDocument | null> {
  if (event.type === "AgreementSigned") {
    const payload = event.payload as { agreement?: string; version?: number };
    if (payload.agreement !== "citizen") return null;
    const state = await caseStateForAlerts(tx, event.caseId);
    const version = state?.agreements.citizen.find((v) => v.version === payload.version) as
      | CitizenAgreementVersion
      | undefined;
    if (!version) return null;
    return {
      kind: "citizen_agreement",
      source: { citizenAgreementVersion: version.version },
      title: `Din aftale med dit team (version ${version.version})`,
      render: () => renderCitizenAgreement(version),
    };
  }
  if (event.type === "MeetingHeld") {
    const payload = event.payload as { meetingId?: string; kind?: string };
    if (payload.kind !== "collaboration") return null;
    const state = await caseStateForAlerts(tx, event.caseId);
    const meeting = state?.meetings.find((m) => m.meetingId === payload.meetingId);
    if (!state || !meeting || meeting.kind !== "collaboration" || meeting.status !== "held") {
      return null;
    }
    if (!meeting.decisionMinutes?.trim()) return null;
    return {
      kind: "meeting_minutes",
      source: { meetingId: meeting.meetingId },
      title: meetingMinutesTitle(meeting),
      render: () => renderMeetingMinutes(state, meeting),
    };
  }
  return null;
}
