// Writes one JSON Schema per published zod schema (commands, agreements, …) to
// <dist>/schemas/<Name>.json, for teams that do not use TypeScript.
// Usage: node scripts/emit-json-schemas.mjs [distDir]   (default: ./dist)
import { mkdir, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const distDir = resolve(process.argv[2] ?? new URL("../dist", import.meta.url).pathname);
const domain = await import(pathToFileURL(resolve(distDir, "json-schemas.js")).href);
const schemas = domain.publishedSchemas ?? {};
const toJsonSchema = domain.toPublishedJsonSchema;

const outDir = resolve(distDir, "schemas");
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const names = Object.keys(schemas).sort();
for (const name of names) {
  const json = toJsonSchema(name, schemas[name]);
  await writeFile(resolve(outDir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
await writeFile(resolve(outDir, "index.json"), `${JSON.stringify({ schemas: names }, null, 2)}\n`);
console.log(`emit-json-schemas: wrote ${names.length} schemas to ${outDir}`);
