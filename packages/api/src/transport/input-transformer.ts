import { TRPCError } from "@trpc/server";
import superjson from "superjson";

/**
 * What superjson may restore in an input: the apps send dates (`Date`) and optional fields left
 * out (`undefined`), nothing else. Every other annotation (classes, regular expressions, maps,
 * sets, symbols, errors, …) is a way into superjson's own code, not something any procedure
 * reads — so it is refused before superjson sees it, in the product's words.
 */
const RESTORED_TYPES = new Set(["Date", "undefined"]);

/** Path segments that reach an object's prototype instead of one of its own fields. */
const PROTOTYPE_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A superjson path's segments (`a.b\.c` is `a`, `b.c`), read as superjson 2 reads them; null
 * for an escape it would throw on.
 */
function pathSegments(path: string): string[] | null {
  const segments: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const char = path.charAt(i);
    if (char === "\\") {
      const escaped = path.charAt(i + 1);
      if (escaped !== "\\" && escaped !== ".") return null;
      segment += escaped;
      i++;
    } else if (char === ".") {
      segments.push(segment);
      segment = "";
    } else {
      segment += char;
    }
  }
  segments.push(segment);
  return segments;
}

/**
 * Whether `path` names a value the JSON itself holds (superjson writes a date as its text and
 * a left-out field as null, so every annotation it makes does). An annotation anywhere else
 * would make superjson create fields or grow arrays — `a.100000000` makes an array of that
 * length — so it is refused.
 */
function namesOwnValue(json: unknown, path: string): boolean {
  const segments = pathSegments(path);
  if (!segments) return false;
  let value = json;
  for (const segment of segments) {
    if (PROTOTYPE_SEGMENTS.has(segment)) return false;
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) {
      return false;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return true;
}

export const UNREADABLE_INPUT = "Forespørgslen kunne ikke læses.";

function refuse(): never {
  throw new TRPCError({ code: "BAD_REQUEST", message: UNREADABLE_INPUT });
}

/** `["Date"]` or `["undefined"]`: one of the types the apps send, and nothing more. */
const isRestoredType = (annotation: unknown): boolean =>
  Array.isArray(annotation) &&
  annotation.length === 1 &&
  typeof annotation[0] === "string" &&
  RESTORED_TYPES.has(annotation[0]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The envelope the apps' superjson sends: `{ json, meta? }` with `meta.values` a flat record
 * from a field's path to `["Date"]` or `["undefined"]` (superjson's format version 1).
 * `meta.referentialEqualities` says which values were the same object in the browser; the
 * JSON carries each of them in full (the apps do not deduplicate), and no procedure cares
 * whether two inputs were one object, so it is dropped unread.
 */
export function checkedEnvelope(envelope: unknown): { json: unknown; meta?: object } {
  if (!isRecord(envelope)) refuse();
  const { json, meta } = envelope;
  if (meta === undefined) return { json };
  if (!isRecord(meta)) refuse();
  const { values, v } = meta;
  if (v !== undefined && v !== 1) refuse();
  if (values === undefined) return { json };
  // The whole input annotated at once: a procedure called without input sends
  // `{ json: null, meta: { values: ["undefined"] } }`. tRPC reads a batch's inputs together, so
  // refusing this would refuse every call beside it that reads its input.
  if (Array.isArray(values)) {
    if (!isRestoredType(values) || (json !== null && typeof json !== "string")) refuse();
    return { json, meta: { values, v: 1 } };
  }
  if (!isRecord(values)) refuse();
  for (const [path, annotation] of Object.entries(values)) {
    if (!isRestoredType(annotation) || !namesOwnValue(json, path)) refuse();
  }
  return { json, meta: { values, v: 1 } };
}

/**
 * superjson for answers as before; for inputs, superjson behind `checkedEnvelope`. The apps'
 * client keeps plain superjson: what it sends always passes.
 */
export const inputCheckingTransformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (envelope: unknown) => {
      const checked = checkedEnvelope(envelope) as Parameters<typeof superjson.deserialize>[0];
      try {
        return superjson.deserialize(checked);
      } catch {
        // Not expected after the checks; if superjson still throws, its words stay here too.
        refuse();
      }
    },
  },
  output: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (value: unknown) =>
      superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]),
  },
};
