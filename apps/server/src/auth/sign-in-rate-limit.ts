import { rateLimit } from "express-rate-limit";

/**
 * Guessing sign-ins is slowed per client address: after `failuresPerMinute` failed attempts
 * in a minute the address gets 429 until the minute is over. Successful sign-ins do not
 * count, so a ward sharing one address behind a proxy is not locked out by its own use.
 * The counts live in memory: one server process, and a restart forgets them.
 */
export function signInRateLimit(failuresPerMinute: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: failuresPerMinute,
    skipSuccessfulRequests: true,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    message: { error: "For mange mislykkede loginforsøg. Vent et minut, og prøv igen." },
  });
}
