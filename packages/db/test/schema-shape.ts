// Prisma creates scalar lists as nullable columns even when the field is required.
// Describes a schema as plain sorted data, once from schema.prisma (through Prisma's own
// schema parser) and once from a migrated database's catalog, so a test can compare the two.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlRunner } from "../src/client/database";
import { dbPackageRoot } from "../src/migrations/package-root";

export interface SchemaShape {
  enums: string[];
  columns: string[];
  indexes: string[];
  foreignKeys: string[];
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    enums: { name: string; dbName: string | null; values: { name: string }[] }[];
    models: DmmfModel[];
    indexes: { model: string; type: "id" | "unique" | "normal"; fields: { name: string }[] }[];
  };
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Float: "float8",
  Decimal: "numeric",
  Bytes: "bytea",
};
const NATIVE_TYPES: Record<string, string> = { Timestamptz: "timestamptz", Uuid: "uuid" };
const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  SetNull: "SET NULL",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

export function shapeFromPrismaSchema(): SchemaShape {
  const schema = readFileSync(join(dbPackageRoot(), "prisma", "schema.prisma"), "utf8");
  const dmmf = JSON.parse(
    get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] })),
  ) as Dmmf;
  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const table = (model: DmmfModel) => model.dbName ?? model.name;
  const column = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    return field?.dbName ?? fieldName;
  };
  const columns: string[] = [];
  const foreignKeys: string[] = [];
  for (const model of models.values()) {
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = models.get(field.type) as DmmfModel;
          foreignKeys.push(
            `${table(model)}(${field.relationFromFields.map((name) => column(model, name)).join(",")}) -> ${table(target)}(${(field.relationToFields ?? []).map((name) => column(target, name)).join(",")}) on delete ${ON_DELETE[field.relationOnDelete ?? "Restrict"]}`,
          );
        }
        continue;
      }
      const enumType = dmmf.datamodel.enums.find((candidate) => candidate.name === field.type);
      const base =
        field.kind === "enum"
          ? (enumType?.dbName ?? field.type)
          : (NATIVE_TYPES[field.nativeType?.[0] ?? ""] ?? SCALAR_TYPES[field.type] ?? field.type);
      const type = field.isList ? `${base}[]` : base;
      columns.push(
        `${table(model)}.${field.dbName ?? field.name} ${type} ${field.isRequired && !field.isList ? "not null" : "null"}`,
      );
    }
  }
  const indexes = dmmf.datamodel.indexes.map((index) => {
    const model = models.get(index.model) as DmmfModel;
    const kind = index.type === "id" ? "primary" : index.type === "unique" ? "unique" : "index";
    return `${kind} ${table(model)}(${index.fields.map((field) => column(model, field.name)).join(",")})`;
  });
  return {
    enums: dmmf.datamodel.enums
      .map((value) => `${value.dbName ?? value.name}: ${value.values.map((v) => v.name).join(",")}`)
      .sort(),
    columns: columns.sort(),
    indexes: indexes.sort(),
    foreignKeys: foreignKeys.sort(),
  };
}

const IGNORED_TABLES = ["_prisma_migrations"];

export async function shapeFromDatabase(sql: SqlRunner): Promise<SchemaShape> {
  const enums = await sql.query<{ name: string; labels: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  const columns = await sql.query<{
    table_name: string;
    column_name: string;
    type: string;
    is_nullable: string;
  }>(
    `
    SELECT c.table_name, c.column_name, c.is_nullable,
      CASE WHEN c.data_type = 'ARRAY' THEN substr(c.udt_name, 2) || '[]' ELSE c.udt_name END AS type
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.table_name <> ALL($1)`,
    [IGNORED_TABLES],
  );
  const indexes = await sql.query<{ kind: string; table_name: string; columns: string }>(
    `
    SELECT CASE WHEN i.indisprimary THEN 'primary' WHEN i.indisunique THEN 'unique' ELSE 'index' END AS kind,
      t.relname AS table_name,
      (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> ALL($1)`,
    [IGNORED_TABLES],
  );
  const foreignKeys = await sql.query<{ description: string }>(`
    SELECT src.relname || '(' ||
      (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) || ') -> ' || dst.relname || '(' ||
      (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) || ') on delete ' ||
      CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL'
        WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS description
    FROM pg_constraint c JOIN pg_class src ON src.oid = c.conrelid JOIN pg_class dst ON dst.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = src.relnamespace
    WHERE c.contype = 'f' AND n.nspname = 'public'`);
  return {
    enums: enums.map((row) => `${row.name}: ${row.labels}`).sort(),
    columns: columns
      .map(
        (row) =>
          `${row.table_name}.${row.column_name} ${row.type} ${row.is_nullable === "YES" ? "null" : "not null"}`,
      )
      .sort(),
    indexes: indexes.map((row) => `${row.kind} ${row.table_name}(${row.columns})`).sort(),
    foreignKeys: foreignKeys.map((row) => row.description).sort(),
  };
}
