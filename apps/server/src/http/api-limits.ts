import type { Request, RequestHandler, Response } from "express";

/**
 * A fixed-window count per key (an address, a person) that knows how much each request
 * weighs: a batched tRPC request calling 15 procedures costs 15, so batching buys nothing.
 * In memory, per server process (as the sign-in limit): several processes behind a balancer
 * each allow the limit.
 */
export class CallBudget {
  private readonly windows = new Map<string, { used: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Spends `cost` for `key`; returns the seconds to wait when over the limit, else 0. */
  spend(key: string, cost: number, now = Date.now()): number {
    if (this.windows.size > 50_000) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { used: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.used += cost;
    return window.used > this.limit ? Math.max(1, Math.ceil((window.resetAt - now) / 1000)) : 0;
  }

  private sweep(now: number) {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * How many procedures a tRPC request calls, read exactly as tRPC 11 reads it, so no spelling
 * of the address can call more than is counted: the name is what follows the last `/` of the
 * path, URL-decoded (`%2C` is a comma), and only `?batch=1` (the first `batch` parameter)
 * splits it at commas. GET and POST alike. A path that does not decode is refused by tRPC
 * before anything runs; it counts as one call.
 */
export function procedureCount(req: Request): number {
  const query = req.originalUrl.indexOf("?");
  const batch =
    query >= 0 && new URLSearchParams(req.originalUrl.slice(query + 1)).get("batch") === "1";
  if (!batch) return 1;
  const name = req.path.slice(req.path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(name).split(",").length;
  } catch {
    return 1;
  }
}

function tooMany(res: Response, retryAfterSeconds: number) {
  res.setHeader("Retry-After", String(retryAfterSeconds));
  res.status(429).json({
    error: "For mange forespørgsler. Vent lidt, og prøv igen.",
    retryAfterSeconds,
  });
}

/** Refuses a batch calling more than `max` procedures (400): one request, bounded work. */
export function batchCap(max: number): RequestHandler {
  return (req, res, next) => {
    if (procedureCount(req) <= max) return next();
    res.status(400).json({ error: `Højst ${max} kald i én forespørgsel.` });
  };
}

/** Per client address (signed in or not), before anything touches the database. */
export function perAddressLimit(limit: number): RequestHandler {
  const budget = new CallBudget(limit);
  return (req, res, next) => {
    const wait = budget.spend(`ip:${req.ip ?? "unknown"}`, procedureCount(req));
    if (wait > 0) return tooMany(res, wait);
    next();
  };
}

/** Per signed-in person, across their sessions and addresses; `personOf` reads the session. */
export function perPersonLimit(
  limit: number,
  personOf: (res: Response) => string | null,
): RequestHandler {
  const budget = new CallBudget(limit);
  return (req, res, next) => {
    const person = personOf(res);
    if (!person) return next();
    const wait = budget.spend(`person:${person}`, procedureCount(req));
    if (wait > 0) return tooMany(res, wait);
    next();
  };
}
