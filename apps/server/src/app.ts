import cookieParser from "cookie-parser";
import express, { type ErrorRequestHandler } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { authRoutes } from "./auth/auth-routes";
import type { ServerConfig } from "./env";
import { healthRoutes } from "./health/health-routes";
import { jsonDepthLimit } from "./http/json-depth-limit";
import type { ServerState } from "./server-state";
import { staticApps } from "./static/static-apps";
import { trpcMiddleware } from "./trpc/trpc-middleware";

export function createApp(config: ServerConfig, state: ServerState, logger: Logger) {
  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxyHops > 0) app.set("trust proxy", config.trustProxyHops);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // TLS ends at the proxy in production; on localhost an upgrade would break the page.
        directives: { upgradeInsecureRequests: null },
      },
    }),
  );
  app.use(healthRoutes(state));
  app.use(
    pinoHttp({
      logger,
      redact: ["req.headers.cookie", 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url?.startsWith("/assets") ?? false },
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: "100kb" }));
  app.use(jsonDepthLimit);
  app.use(authRoutes(config, state));
  app.use("/trpc", trpcMiddleware(state, logger, { allowFictionalCpr: config.demo }));
  app.use(staticApps());
  app.use((_req, res) => {
    res.status(404).json({ error: "Not found" });
  });
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === "number" ? error.status : 500;
    if (status >= 500) req.log?.error({ err: error }, "request failed");
    res
      .status(status)
      .json({ error: status >= 500 ? "Der opstod en fejl på serveren." : "Ugyldig forespørgsel." });
  };
  app.use(onError);
  return app;
}
