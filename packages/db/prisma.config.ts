import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here; only the native-engine commands
// (migrate/db) need it. Generation works without a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/samstemt" },
});
