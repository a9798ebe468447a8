import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Every request gets its own id, made here (a client's own X-Request-Id is not trusted: it
 * could point support at someone else's request). It is in the log line, in the
 * X-Request-Id response header and in every error the client sees.
 */
export function requestId(_req: IncomingMessage, res: ServerResponse): string {
  const id = randomUUID();
  res.setHeader("X-Request-Id", id);
  return id;
}

/** The id pino-http gave this request. */
export function idOf(req: IncomingMessage): string {
  const id = (req as IncomingMessage & { id?: unknown }).id;
  return typeof id === "string" ? id : "";
}
