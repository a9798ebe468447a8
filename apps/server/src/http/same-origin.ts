import type { Request, RequestHandler } from "express";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** This server's origin as the browser sees it: PUBLIC_URL, or the request's own host. */
export function publicOrigin(req: Request, publicUrl: string | undefined): string {
  if (publicUrl) return new URL(publicUrl).origin;
  // req.protocol honours X-Forwarded-Proto only from trusted proxies (TRUST_PROXY_HOPS).
  return `${req.protocol}://${req.get("host") ?? ""}`;
}

/**
 * Cross-site request forgery guard, on the server and not only SameSite=Lax: a request that
 * changes something must say it comes from this origin, by `Origin` or by
 * `Sec-Fetch-Site: same-origin` (every browser sends one of the two with a POST). Anything
 * else gets 403, including requests that name neither: a non-browser client must send Origin.
 */
export function sameOriginMutations(publicUrl: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next();
    const origin = req.get("origin");
    const site = req.get("sec-fetch-site");
    const expected = publicOrigin(req, publicUrl);
    // Sec-Fetch-Site is set by the browser alone. With it, a browser may still send
    // "Origin: null" (e.g. under a strict referrer policy); any other Origin must match.
    const sameOrigin =
      site !== undefined
        ? site === "same-origin" &&
          (origin === undefined || origin === "null" || origin === expected)
        : origin === expected;
    if (sameOrigin) return next();
    req.log?.warn({ origin, site, path: req.path }, "cross-origin request refused");
    res.status(403).json({ error: "Forespørgslen kom ikke fra Samstemt selv og blev afvist." });
  };
}
