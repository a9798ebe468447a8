import type { RequestHandler } from "express";

/** Deeper than any input Samstemt takes (its deepest is about 8); far below a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/** How deeply a parsed JSON value nests, counted without recursion so no input can overflow it. */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function tooDeep(text: unknown): boolean {
  if (typeof text !== "string") return false;
  try {
    return jsonDepth(JSON.parse(text), MAX_JSON_DEPTH) > MAX_JSON_DEPTH;
  } catch {
    return false; // Not JSON: the API refuses it in its own words.
  }
}

/**
 * Refuses request bodies and `?input=` values nested deeper than MAX_JSON_DEPTH with 400:
 * walking such a value recursively (the transformer, the validators) would overflow the
 * stack and end as a server error.
 */
export const jsonDepthLimit: RequestHandler = (req, res, next) => {
  const bodyTooDeep =
    req.body !== undefined && jsonDepth(req.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH;
  if (bodyTooDeep || tooDeep(req.query.input)) {
    res.status(400).json({ error: "Forespørgslen er for dybt indlejret." });
    return;
  }
  next();
};
