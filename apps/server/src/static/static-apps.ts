import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type Router } from "express";

const require = createRequire(import.meta.url);

function builtApp(packageName: string): string | null {
  try {
    const dist = join(dirname(require.resolve(`${packageName}/package.json`)), "dist");
    return existsSync(join(dist, "index.html")) ? dist : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built staff app at / and the leader dashboard at /dashboard/. Unknown paths
 * under each get the app's index.html, so client-side routes survive a reload.
 */
export function staticApps(options: { serveSourceMaps: boolean }): Router {
  // Strict: "/dashboard" redirects to "/dashboard/", which must not match it again.
  const routes = express.Router({ strict: true });
  if (!options.serveSourceMaps) {
    // Production shows no source code: a map left in a build is still not served.
    routes.use((req, res, next) => {
      if (req.path.endsWith(".map")) res.status(404).json({ error: "Not found" });
      else next();
    });
  }
  const apps = [
    { prefix: "/dashboard", dist: builtApp("@samstemt/dashboard") },
    { prefix: "/", dist: builtApp("@samstemt/web") },
  ];
  routes.get("/dashboard", (_req, res) => res.redirect(301, "/dashboard/"));
  for (const app of apps) {
    if (!app.dist) continue;
    const dist = app.dist;
    // Hashed assets may be cached for a year (code, no personal data); index.html is never
    // stored, so a deploy shows at once and nothing of a signed-in page stays behind.
    routes.use(
      app.prefix,
      express.static(dist, {
        index: false,
        setHeaders(res, path) {
          res.setHeader(
            "Cache-Control",
            path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-store",
          );
        },
      }),
    );
    routes.get(app.prefix === "/" ? "/{*rest}" : `${app.prefix}/{*rest}`, (_req, res) => {
      res.setHeader("Cache-Control", "no-store");
      res.sendFile(join(dist, "index.html"));
    });
  }
  return routes;
}
