import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { Response } from "express";

export interface FileToSend {
  /** Relative to `baseDir`, as the API named it. */
  path: string;
  fileName: string;
  contentType: string;
}

/**
 * Streams a file the API has allowed as an attachment, never cached. The path comes from
 * the API, built from validated ids, and must still stay inside `baseDir`. A file that is
 * not there (not yet written, expired and deleted) is answered 404; false is returned then.
 */
export async function streamFile(res: Response, baseDir: string, file: FileToSend) {
  const root = resolve(baseDir);
  const full = resolve(root, file.path);
  if (!full.startsWith(root + sep)) return false;
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return false;
  res.status(200);
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("Content-Length", String(info.size));
  // File names are ASCII by construction (ids, quarters); quoted all the same.
  res.setHeader("Content-Disposition", `attachment; filename="${file.fileName}"`);
  res.setHeader("Cache-Control", "no-store");
  await new Promise<void>((done, fail) => {
    const stream = createReadStream(full);
    stream.on("error", fail);
    res.on("close", () => {
      stream.destroy();
      done();
    });
    stream.pipe(res);
  });
  return true;
}
