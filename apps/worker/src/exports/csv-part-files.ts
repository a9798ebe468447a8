import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { finished, pipeline } from "node:stream/promises";

/** Writes text to a file stream, waiting when the stream asks for it (back-pressure). */
export function textWriter(stream: WriteStream): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
}

/**
 * Closes a file stream after a failed export. end(), not destroy(): a write still in flight
 * then completes, where destroy() made it fail with ERR_STREAM_DESTROYED, emitted as an
 * 'error' nobody listened to — an uncaught exception that would take the worker down.
 */
export async function closeAfterFailure(stream: WriteStream): Promise<void> {
  stream.end();
  await finished(stream).catch(() => {});
}

/**
 * The stretches after the first of a case file read side by side: each is written to its own
 * part file next to the case file, and appended to it in order when all are done, so the
 * case file comes out as one reader in order would have written it.
 */
export function createPartFiles(caseFile: string, count: number) {
  const paths = Array.from({ length: count }, (_, k) => `${caseFile}.part-${k + 1}`);
  const streams = paths.map((path) => createWriteStream(path));
  return {
    writers: streams.map(textWriter),
    /** Ends the parts and appends them to `target` (left open), removing them. */
    async appendTo(target: WriteStream): Promise<void> {
      for (const stream of streams) {
        stream.end();
        await once(stream, "close");
      }
      for (const path of paths) {
        await pipeline(createReadStream(path), target, { end: false });
        await rm(path);
      }
    },
    /** After a failure: the parts closed and gone. */
    async discard(): Promise<void> {
      await Promise.all(streams.map(closeAfterFailure));
      await Promise.all(paths.map((path) => rm(path, { force: true })));
    },
  };
}
