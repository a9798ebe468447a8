import { createHash } from "node:crypto";
import { mkdir, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DigitalPost, DigitalPostMessage } from "./digital-post";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A stable UUID-shaped message id from the idempotency key (the same key, the same id). */
export function messageIdFor(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A MeMo-like message: header (id, label, sender, recipient by CPR) and the PDF as its main document. */
export function memoMessage(message: DigitalPostMessage, messageId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.1">
  <memo:MessageHeader>
    <memo:messageType>DIGITALPOST</memo:messageType>
    <memo:messageUUID>${messageId}</memo:messageUUID>
    <memo:messageID>${escapeXml(message.idempotencyKey)}</memo:messageID>
    <memo:label>${escapeXml(message.title)}</memo:label>
    <memo:Sender><memo:label>Samstemt</memo:label></memo:Sender>
    <memo:Recipient>
      <memo:recipientID>${escapeXml(message.recipient.cpr)}</memo:recipientID>
      <memo:idType>CPR</memo:idType>
    </memo:Recipient>
    <memo:sentDateTime>${message.sentAt.toISOString()}</memo:sentDateTime>
  </memo:MessageHeader>
  <memo:MessageBody>
    <memo:MainDocument>
      <memo:label>${escapeXml(message.title)}</memo:label>
      <memo:File>
        <memo:encodingFormat>application/pdf</memo:encodingFormat>
        <memo:filename>dokument.pdf</memo:filename>
        <memo:language>da</memo:language>
        <memo:content>${message.pdf.toString("base64")}</memo:content>
      </memo:File>
    </memo:MainDocument>
  </memo:MessageBody>
</memo:Message>
`;
}

/**
 * Writes each message to an outbox folder as `<message id>.xml`, as a real adapter would
 * hand it to the national service. A message already there (same key) is not written again;
 * a new one is written to a temporary name and renamed, so a reader never sees half a file.
 */
export function localDigitalPost(dir: string): DigitalPost {
  return {
    async send(message) {
      const messageId = messageIdFor(message.idempotencyKey);
      const path = join(dir, `${messageId}.xml`);
      await mkdir(dir, { recursive: true });
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (exists) return { messageId, duplicate: true };
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, memoMessage(message, messageId));
      await rename(temporary, path);
      return { messageId, duplicate: false };
    },
  };
}
