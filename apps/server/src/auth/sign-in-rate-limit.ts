import { rateLimit } from "express-rate-limit";

/**
 * Guessing sign-ins is slowed per client address: after `failuresPerMinute` refused
 * identities (401) in a minute the address gets 429 until the minute is over. Successful
 * sign-ins, malformed requests and "still starting" answers do not count, so a ward sharing
 * one address is not locked out by its own use. Behind a proxy, TRUST_PROXY_HOPS must be set
 * or every client shares the proxy's count. The counts live in memory: one server process,
 * and a restart forgets them. (The demo sign-in has no secret to guess; this is in place for
 * the OpenID Connect sign-in, which will use the same limiter.)
 */
export function signInRateLimit(failuresPerMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: failuresPerMinute,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    message: { error: "For mange mislykkede loginforsøg. Vent et minut, og prøv igen." },
  });
}
