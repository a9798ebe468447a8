import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/main.ts", "src/migrate.ts"],
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
});
