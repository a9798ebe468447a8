/** A value that survives JSON unchanged: what a jsonb column stores. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };
