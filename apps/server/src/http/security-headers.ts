import type { RequestHandler } from "express";
import helmet from "helmet";

/**
 * Response headers for every answer (issue 10, OWASP ASVS V3/V14):
 * - CSP: scripts and styles from this origin only (no inline scripts or `https:` styles),
 *   never framed, forms post only here and to the identity provider (whose sign-out a form
 *   reaches through a redirect).
 * - HSTS only when the request came over HTTPS (directly, or from a trusted proxy), so
 *   plain-HTTP localhost keeps working.
 */
export function securityHeaders(options: { identityProviderOrigin: string | null }) {
  const formAction = [
    "'self'",
    ...(options.identityProviderOrigin ? [options.identityProviderOrigin] : []),
  ];
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction,
        // TLS ends at the proxy in production; on localhost an upgrade would break the page.
      },
    },
    strictTransportSecurity: false,
    frameguard: { action: "deny" },
    // Other sites learn nothing of our addresses; our own forms still send their Origin.
    referrerPolicy: { policy: "same-origin" },
  });
  const hsts: RequestHandler = (req, res, next) => {
    if (req.secure) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  };
  return [headers, hsts];
}

/**
 * `Cache-Control: no-store` for answers that may carry personal data (the API, sign-in),
 * so neither the browser's cache nor a proxy keeps a copy after sign-out.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};
