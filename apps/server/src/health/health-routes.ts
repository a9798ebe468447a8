import { migrationsAreCurrent, readMigrations } from "@samstemt/db";
import { Router } from "express";
import type { ServerState } from "../server-state";

/** Liveness (/healthz) and readiness (/readyz) for load balancers and orchestration. */
export function healthRoutes(state: ServerState): Router {
  const routes = Router();
  const migrations = readMigrations();
  routes.get("/healthz", (_req, res) => {
    res.json({ status: "ok", database: state.databaseKind, ready: state.ready });
  });
  routes.get("/readyz", async (_req, res) => {
    if (!state.ready || !state.database || state.shuttingDown) {
      res.status(503).json({ status: state.shuttingDown ? "stopping" : "starting" });
      return;
    }
    try {
      // Asks the database itself, so a database migrated back or replaced shows up here.
      if (!(await migrationsAreCurrent(state.database.sql, migrations))) {
        res.status(503).json({ status: "migrations pending" });
        return;
      }
      res.json({ status: "ready", database: state.databaseKind });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });
  return routes;
}
