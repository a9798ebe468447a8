import type { Request, RequestHandler, Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";

export interface SignInLimits {
  /** Refused sign-ins per minute for one username from one client address. */
  perAddressAndUsername: number;
  /** Refused sign-ins per minute from one client address, whatever the usernames. */
  perAddress: number;
}

const message = { error: "For mange mislykkede loginforsøg. Vent et minut, og prøv igen." };

/** Only refused identities (401) count: successes, malformed requests and 503 do not. */
const refused = (_req: Request, res: Response) => res.statusCode !== 401;

/** The username as the sign-in reads it (trimmed), and in one case so "Mads" is "mads". */
function usernameOf(req: Request): string {
  const username = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === "string" ? username.trim().toLowerCase().slice(0, 100) : "";
}

/**
 * Guessing sign-ins is slowed in two counts. Per client address *and* username, so someone
 * guessing one account from a municipality's proxy does not lock out colleagues behind that
 * proxy; and per address alone, with a far higher cap, so trying many usernames from one place
 * is slowed too. After a count is spent the request gets 429 until the minute is over. Behind
 * a proxy, TRUST_PROXY_HOPS must be set or every client shares the proxy's counts. The counts
 * live in memory: one server process, and a restart forgets them. (The demo sign-in has no
 * secret to guess; this is in place for the OpenID Connect sign-in, which will use the same.)
 */
export function signInRateLimit(limits: SignInLimits): RequestHandler {
  const common = {
    windowMs: 60_000,
    skipSuccessfulRequests: true,
    requestWasSuccessful: refused,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    message,
  } as const;
  const address = (req: Request) => ipKeyGenerator(req.ip ?? "unknown");
  const perAddress = rateLimit({
    ...common,
    identifier: "address",
    limit: limits.perAddress,
    keyGenerator: address,
  });
  const perUsername = rateLimit({
    ...common,
    identifier: "address-and-username",
    limit: limits.perAddressAndUsername,
    keyGenerator: (req) => `${address(req)}\u0000${usernameOf(req)}`,
  });
  return (req, res, next) =>
    perAddress(req, res, (error?: unknown) => (error ? next(error) : perUsername(req, res, next)));
}
