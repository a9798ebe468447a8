import cookieParser from "cookie-parser";
import express, { type ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { authRoutes } from "./auth/auth-routes";
import { actorOf, resolveSession } from "./auth/session-middleware";
import { downloadRoutes } from "./downloads/download-routes";
import type { ServerConfig } from "./env";
import { healthRoutes } from "./health/health-routes";
import { batchCap, perAddressLimit, perPersonLimit } from "./http/api-limits";
import { jsonDepthLimit } from "./http/json-depth-limit";
import { idOf, requestId } from "./http/request-id";
import { sameOriginMutations } from "./http/same-origin";
import { noStore, securityHeaders } from "./http/security-headers";
import { oidcRoutes } from "./oidc/oidc-routes";
import { signInFirst } from "./oidc/sign-in-first";
import type { ServerState } from "./server-state";
import { staticApps } from "./static/static-apps";
import { trpcMiddleware } from "./trpc/trpc-middleware";

export function createApp(config: ServerConfig, state: ServerState, logger: Logger) {
  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxyHops > 0) app.set("trust proxy", config.trustProxyHops);
  const oidc = config.oidc ? oidcRoutes(config, config.oidc, state, logger) : null;
  app.use(
    securityHeaders({
      identityProviderOrigin: config.oidc ? new URL(config.oidc.issuer).origin : null,
    }),
  );
  app.use(healthRoutes(state));
  app.use(
    pinoHttp({
      logger,
      genReqId: requestId,
      redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url?.startsWith("/assets") ?? false },
    }),
  );
  app.use(cookieParser());
  app.use(["/trpc", "/auth"], noStore);
  app.use(sameOriginMutations(config.publicUrl));
  app.use(express.json({ limit: "100kb" }));
  app.use(jsonDepthLimit);
  app.use(authRoutes(config, state, oidc?.signOutUrl ?? null));
  if (oidc) app.use(oidc.routes);
  app.use(
    "/trpc",
    batchCap(config.apiMaxBatch),
    perAddressLimit(config.apiCallsPerMinutePerAddress),
    resolveSession(state, config.sessionIdleMinutes),
    perPersonLimit(config.apiCallsPerMinutePerPerson, (res) => actorOf(res)?.personId ?? null),
    trpcMiddleware(state, logger, {
      allowFictionalCpr: config.demo,
      cprLookupsPerHour: config.cprLookupsPerHour,
      maxBatchSize: config.apiMaxBatch,
    }),
  );
  app.use(
    downloadRoutes(state, {
      exportDir: config.worker.exportDir,
      reportDir: config.worker.reportDir,
      sessionIdleMinutes: config.sessionIdleMinutes,
      callsPerMinutePerAddress: config.apiCallsPerMinutePerAddress,
      callsPerMinutePerPerson: config.apiCallsPerMinutePerPerson,
    }),
  );
  if (oidc && !config.demo) app.use(signInFirst(state, config.sessionIdleMinutes));
  app.use(staticApps({ serveSourceMaps: !config.production }));
  app.use((_req, res) => {
    res.status(404).json({ error: "Not found" });
  });
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    const id = idOf(req);
    // Detail in the log only; the client gets generic words and the id to quote.
    if (status >= 500) req.log?.error({ err: error, requestId: id }, "request failed");
    res.status(status).json({
      error: status >= 500 ? "Der opstod en fejl på serveren." : "Ugyldig forespørgsel.",
      requestId: id,
    });
  };
  app.use(onError);
  return app;
}
