import { defineConfig } from "tsup";

export default defineConfig({
  entry: [
    "src/index.ts",
    "src/testing.ts",
    "src/cli/seed.ts",
    "src/cli/reproject.ts",
    "src/cli/audit-retention.ts",
    "src/seed/index.ts",
  ],
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
});
