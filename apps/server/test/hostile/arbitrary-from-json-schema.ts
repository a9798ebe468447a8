import fc from "fast-check";

/** The parts of a JSON Schema (as zod's `toJSONSchema` writes it) that inputs are made from. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
}

/** Text a careless or hostile client sends: control characters, broken UTF-16, bidi tricks. */
export const hostileStrings = [
  "",
  " ",
  "\u0000",
  "Jens\u0000Hansen",
  "\ud800",
  "note \udfff",
  "\u202eJens Hansen",
  "\u2066isoleret\u2069",
  "\u200b",
  "\u200b\u200c\ufeff",
  "0000000000",
  "9999999999",
  "3213991234",
  "0100000000",
  "0001-01-01T00:00:00Z",
  '\'; DROP TABLE "case"; --',
  "<script>alert(1)</script>",
  "x".repeat(20_000),
];

const hostileString = fc.constantFrom(...hostileStrings);

/** Where a value is named, a better guess than random: ids of cases that exist, for example. */
export type Overrides = Record<string, fc.Arbitrary<unknown>>;

/**
 * Values shaped like `schema` — mostly valid in shape, often wrong in content — mixed with
 * hostile strings, wrong types and unknown keys. Written here because no maintained
 * generator reads zod 4's JSON Schemas; it needs only the keywords above.
 */
export function arbitraryFromJsonSchema(
  schema: JsonSchema,
  overrides: Overrides = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  const shaped = shapedArbitrary(schema, overrides, depth);
  // Now and then the wrong thing altogether: null, a number, a deep or odd structure.
  return fc.oneof(
    { weight: 8, arbitrary: shaped },
    { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, true, [], {}, "null") },
    { weight: 1, arbitrary: hostileString },
  );
}

function shapedArbitrary(
  schema: JsonSchema,
  overrides: Overrides,
  depth: number,
): fc.Arbitrary<unknown> {
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices && choices.length > 0) {
    return fc.oneof(...choices.map((choice) => shapedArbitrary(choice, overrides, depth)));
  }
  if (schema.allOf && schema.allOf.length > 0) {
    return shapedArbitrary(Object.assign({}, ...schema.allOf), overrides, depth);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), hostileString);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, schema, overrides, depth)));
}

function ofType(
  type: string,
  schema: JsonSchema,
  overrides: Overrides,
  depth: number,
): fc.Arbitrary<unknown> {
  switch (type) {
    case "object":
      return objectArbitrary(schema, overrides, depth);
    case "array":
      return fc.array(
        depth > 4
          ? fc.constant(null)
          : arbitraryFromJsonSchema(schema.items ?? {}, overrides, depth + 1),
        { maxLength: 4 },
      );
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 60 }),
        fc.integer(),
        fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0),
      );
    case "number":
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function objectArbitrary(
  schema: JsonSchema,
  overrides: Overrides,
  depth: number,
): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [
      key,
      overrides[key] ??
        (depth > 4 ? fc.constant(null) : arbitraryFromJsonSchema(property, overrides, depth + 1)),
    ]),
  );
  const record = fc.record(model, { requiredKeys: schema.required ?? [] });
  // Unknown keys must be refused or ignored, never obeyed.
  const extra = fc.dictionary(
    fc.constantFrom("role", "isAdmin", "constructor", "unknownKey"),
    fc.jsonValue({ maxDepth: 1 }),
    { maxKeys: 2 },
  );
  return fc.tuple(record, extra).map(([value, more]) => ({ ...more, ...value }));
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const plausible =
    schema.format === "date-time"
      ? fc
          .date({
            min: new Date("0001-01-01T00:00:00Z"),
            max: new Date("2100-01-01T00:00:00Z"),
            noInvalidDate: true,
          })
          .map((date) => date.toISOString())
      : schema.format === "uuid"
        ? fc.uuid()
        : schema.format === "email"
          ? fc.emailAddress()
          : fc.string({ maxLength: 40 });
  return fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: hostileString },
    fc.string({ unit: "binary", maxLength: 20 }),
  );
}
