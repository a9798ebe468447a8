/**
 * `@samstemt/domain/json-schemas`: the schemas published as JSON Schema files for teams not
 * on TypeScript, and the converter. Only the build and API tooling need it.
 */
export { publishedSchemas, toPublishedJsonSchema } from "./json-schemas/published-schemas";
