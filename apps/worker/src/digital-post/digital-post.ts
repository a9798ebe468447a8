/**
 * Digital post to the citizen (F2). The national service (Digital Post, MeMo messages) needs
 * an agreement with the authorities; the product ships a local adapter behind this interface,
 * which a real one implements the same way.
 */
export interface DigitalPostMessage {
  /** The same key for the same document: sending it again must not deliver it twice. */
  idempotencyKey: string;
  recipient: { cpr: string };
  title: string;
  /** The document, as PDF. */
  pdf: Buffer;
  sentAt: Date;
}

export interface DigitalPostReceipt {
  messageId: string;
  /** True when this key had been sent before: nothing new was delivered. */
  duplicate: boolean;
}

export interface DigitalPost {
  send(message: DigitalPostMessage): Promise<DigitalPostReceipt>;
}
