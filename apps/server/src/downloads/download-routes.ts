import { type Actor, createCaller, createContext } from "@samstemt/api";
import { type Database, type JsonObject, writeAuditEntries } from "@samstemt/db";
import { TRPCError } from "@trpc/server";
import { type Request, type Response, Router } from "express";
import { actorOf, resolveSession } from "../auth/session-middleware";
import { perAddressLimit, perPersonLimit } from "../http/api-limits";
import { idOf } from "../http/request-id";
import { noStore } from "../http/security-headers";
import type { ServerState } from "../server-state";
import { type FileToSend, streamFile } from "./stream-file";

export interface DownloadOptions {
  /** The worker's folders (its settings): where exports and quarterly reports are written. */
  exportDir: string;
  reportDir: string;
  sessionIdleMinutes: number;
  callsPerMinutePerAddress: number;
  callsPerMinutePerPerson: number;
}

const notFound = (res: Response) => res.status(404).json({ error: "Filen findes ikke." });

/** What a refusal from the API becomes: whatever is not the caller's (or not there) is 404. */
function statusFor(error: TRPCError): number {
  switch (error.code) {
    case "UNAUTHORIZED":
      return 401;
    case "TOO_MANY_REQUESTS":
      return 429;
    // A role without such files is told no more than anyone else not entitled to this one.
    case "FORBIDDEN":
    case "NOT_FOUND":
    // Not written yet, or expired: there is no file to hand out.
    case "CONFLICT":
    // A malformed id or quarter names no file either.
    case "BAD_REQUEST":
      return 404;
    default:
      throw error;
  }
}

/**
 * File downloads that do not fit tRPC: an analyst's export and a leader's
 * quarterly report. Each asks the API through a server-side caller with the request's own
 * session, so the same access rules apply and the procedure audits the download; only then
 * is the file streamed from the worker's folder.
 */
export function downloadRoutes(state: ServerState, options: DownloadOptions) {
  const routes = Router();
  routes.use(
    ["/exports", "/reports"],
    noStore,
    perAddressLimit(options.callsPerMinutePerAddress),
    resolveSession(state, options.sessionIdleMinutes),
    perPersonLimit(options.callsPerMinutePerPerson, (res) => actorOf(res)?.personId ?? null),
  );

  type Caller = ReturnType<typeof createCaller>;
  /** What a request asked for, as its path names it, for the audit log. */
  type Asked = JsonObject;

  /**
   * A download refused before the API could audit it (nobody signed in, or a role without
   * such files), logged with the file asked for: the API's own entries would not name it.
   */
  const auditRefusal = (
    db: Database,
    req: Request,
    actor: Actor | null,
    asked: Asked,
    code: string,
  ) =>
    writeAuditEntries(db, [
      {
        at: new Date(),
        personId: actor?.personId ?? null,
        action: "download.refused",
        citizenId: null,
        caseId: null,
        details: { ...asked, code, requestId: idOf(req) },
      },
    ]).catch(() => {});

  const download =
    (
      baseDir: string,
      askedOf: (req: Request) => Asked,
      ask: (caller: Caller, req: Request) => Promise<FileToSend> | null,
    ) =>
    async (req: Request, res: Response) => {
      const db = state.ready ? state.database : null;
      if (!db) {
        res.status(503).json({ error: "Samstemt starter stadig." });
        return;
      }
      const actor: Actor | null = actorOf(res);
      if (!actor) {
        await auditRefusal(db, req, null, askedOf(req), "UNAUTHORIZED");
        res.status(401).json({ error: "Log ind først." });
        return;
      }
      const caller = createCaller(createContext({ db, actor, requestId: idOf(req) }));
      let file: FileToSend;
      try {
        const asked = ask(caller, req);
        if (!asked) return notFound(res);
        file = await asked;
      } catch (error) {
        if (!(error instanceof TRPCError)) throw error;
        // NOT_FOUND and CONFLICT are audited by the procedure itself, with what was asked.
        if (error.code === "FORBIDDEN") {
          await auditRefusal(db, req, actor, askedOf(req), error.code);
        }
        const status = statusFor(error);
        return status === 404 ? notFound(res) : res.status(status).json({ error: error.message });
      }
      if (!(await streamFile(res, baseDir, file))) notFound(res);
    };

  /** A path segment as typed, cut short: the log keeps what was asked, not arbitrary text. */
  const segment = (value: unknown) => String(value).slice(0, 100);

  routes.get(
    "/exports/:id/:format",
    download(
      options.exportDir,
      (req) => ({
        file: "export",
        exportId: segment(req.params.id),
        format: segment(req.params.format),
      }),
      (caller, req) => {
        const format = req.params.format;
        if (format !== "csv" && format !== "xlsx") return null;
        return caller.exports.file({ id: String(req.params.id), format });
      },
    ),
  );
  routes.get(
    "/reports/:quarter/:file",
    download(
      options.reportDir,
      (req) => ({
        file: "report",
        quarter: segment(req.params.quarter),
        name: segment(req.params.file),
      }),
      (caller, req) => {
        const organisationId = /^(.+)\.pdf$/.exec(String(req.params.file))?.[1];
        if (!organisationId) return null;
        return caller.exports.quarterlyReport({
          quarter: String(req.params.quarter),
          organisationId,
        });
      },
    ),
  );
  return routes;
}
